package com.stride.log;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a runner is doing on the active plan: weekly adherence (newest first), the pain trend (oldest
 * first), the current streak of due days with something done and, for PTs, skipped exercises and flags.
 *
 * @param asOf     the day it was computed for
 * @param painFrom the first day the pain trend covers
 * @param plan     null when the runner has no active plan (then weeks, skipped and streak are empty)
 */
public record Progress(LocalDate asOf, LocalDate painFrom, @Nullable ActivePlan plan, List<WeekAdherence> weeks, List<PainPoint> pain, int streak,
                       List<SkippedExercise> skipped, List<Flag> flags) {
}
