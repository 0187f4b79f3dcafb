package com.stride.log;

import java.time.LocalDate;

/** One past day in the runner's history: entries, the day's highest pain scores and the notes. */
public record DaySummary(LocalDate day, int done, int partial, Integer painDuring, Integer painNextMorning,
                         String notes) {
}
