package com.stride.log;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A runner's note on a session, with the pain scores that came with it. */
public record SessionNote(LocalDate day, int sessionNumber, @Nullable Integer painDuring,
                          @Nullable Integer painNextMorning,
                          String note) {
}
