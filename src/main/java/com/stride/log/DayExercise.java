package com.stride.log;

import com.stride.catalogue.Dosage;
import java.util.List;

/**
 * One exercise of a session, as the runner sees it, with what they logged for it.
 *
 * @param imageUrl null when the exercise has no picture
 * @param entry    null when nothing is logged
 */
public record DayExercise(long planItemId, String name, String imageUrl, List<String> steps, List<String> tips,
                          Dosage dosage, Entry entry) {

    /** Partly done makes sense only when there are at least two sets to count. */
    public Integer setsTarget() {
        return dosage.sets() == null ? null : dosage.sets().min();
    }
}
