package com.stride.log;

import com.stride.catalogue.Dosage;
import com.stride.catalogue.ExercisePicture;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One exercise of a session, as the runner sees it, with what they logged for it.
 *
 * @param picture  its pictures or stock drawing; null when it has neither
 * @param entry    null when nothing is logged
 * @param circuit  the circuit of the plan the exercise is done in, or null: its sets are rounds
 */
public record DayExercise(long planItemId, String name, @Nullable ExercisePicture picture, List<String> steps, List<String> tips,
                          Dosage dosage, @Nullable Entry entry, @Nullable Integer circuit) {

    /** Partly done makes sense only when there are at least two sets to count. */
    public @Nullable Integer setsTarget() {
        return dosage.sets() == null ? null : dosage.sets().min();
    }
}
