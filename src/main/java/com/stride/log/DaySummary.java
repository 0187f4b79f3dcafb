package com.stride.log;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One past day in the runner's history: entries, the day's highest pain scores and the notes. */
public record DaySummary(LocalDate day, int done, int partial, @Nullable Integer painDuring,
                         @Nullable Integer painNextMorning, @Nullable String notes) {
}
