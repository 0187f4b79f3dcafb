package com.stride.log;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A day's pain: the highest during/after exercise and the next morning's; either may be missing. */
public record PainPoint(LocalDate day, @Nullable Integer during, @Nullable Integer nextMorning) {
}
