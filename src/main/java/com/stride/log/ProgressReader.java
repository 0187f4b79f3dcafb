package com.stride.log;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** Reads a runner's progress in a fixed number of statements, for the runner and for PTs alike. */
final class ProgressReader {

    /** The pain chart looks back this far by default. */
    static final int PAIN_DAYS = 90;
    static final int SKIPPED_SHOWN = 5;
    static final int MAX_WEEKS = 104;

    private ProgressReader() {
    }

    static Progress read(DayQueries day, ProgressQueries queries, long runnerId, LocalDate today, String zone,
                         int weeks, boolean forTherapist) {
        int shownWeeks = Math.clamp(weeks, 1, MAX_WEEKS);
        LocalDate painFrom = today.minusDays(Math.max(PAIN_DAYS, shownWeeks * 7L));
        List<PainPoint> pain = queries.pain(runnerId, painFrom, today);
        List<Flag> flags = forTherapist ? queries.flags(runnerId, today, zone) : List.of();
        var plan = day.activePlan(runnerId);
        if (plan.isEmpty()) {
            return new Progress(today, painFrom, null, List.of(), pain, 0, List.of(), flags);
        }
        long planId = plan.get().id();
        LocalDate firstWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(shownWeeks - 1L);
        List<WeekAdherence> adherence;
        List<SkippedExercise> skipped;
        if (forTherapist) {
            var both = queries.adherenceAndSkipped(planId, firstWeek, plan.get().startDate(), today, zone,
                    SKIPPED_SHOWN);
            adherence = both.weeks();
            skipped = both.skipped();
        } else {
            adherence = queries.weeks(planId, firstWeek, today, zone);
            skipped = List.of();
        }
        int streak = queries.streak(planId, plan.get().startDate(), today, zone);
        return new Progress(today, painFrom, plan.get(), adherence, pain, streak, skipped, flags);
    }
}
