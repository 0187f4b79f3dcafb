package com.stride.log;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One session of a day (a plan done twice a day has two).
 *
 * @param number    1-based
 * @param revisionId the plan version the session is done against
 * @param version   the stored session's version, for the pain and note form; null when nothing is logged yet
 */
public record DaySession(int number, int sessionCount, long revisionId, @Nullable Long version,
                         @Nullable Integer painDuring, @Nullable String note,
                         List<DayExercise> exercises) {

    public boolean started() {
        return version != null;
    }

    public long doneCount() {
        return exercises.stream().filter(e -> e.entry() != null).count();
    }
}
