package com.stride.log;

import java.time.LocalDate;

/** A runner's note on a session, with the pain scores that came with it. */
public record SessionNote(LocalDate day, int sessionNumber, Integer painDuring, Integer painNextMorning,
                          String note) {
}
