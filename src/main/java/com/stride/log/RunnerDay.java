package com.stride.log;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A runner's day: the sessions due from the active plan and what was logged.
 *
 * @param plan            null when the runner has no active plan
 * @param sessions        empty when nothing is due that day
 * @param nextDueDay      the next day after this one with something due, within two weeks; null if none
 * @param morningQuestion the next-morning pain question to ask first, or null
 */
public record RunnerDay(LocalDate date, @Nullable ActivePlan plan, List<DaySession> sessions,
                        @Nullable LocalDate nextDueDay, @Nullable MorningQuestion morningQuestion) {
}
