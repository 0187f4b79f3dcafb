package com.stride.log;

import java.time.LocalDate;

/** The next-morning pain question for the runner's last session day. */
public record MorningQuestion(long sessionId, LocalDate sessionDay) {
}
