package com.stride.log;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The next-morning pain question for the runner's last session day.
 *
 * @param painDuring the score during that session, which the morning's is compared with
 */
public record MorningQuestion(long sessionId, LocalDate sessionDay, @Nullable Integer painDuring) {
}
