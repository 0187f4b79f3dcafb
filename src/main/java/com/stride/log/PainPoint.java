package com.stride.log;

import java.time.LocalDate;

/** A day's pain: the highest during/after exercise and the next morning's; either may be missing. */
public record PainPoint(LocalDate day, Integer during, Integer nextMorning) {
}
