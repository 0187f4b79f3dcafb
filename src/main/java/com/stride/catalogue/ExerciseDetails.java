package com.stride.catalogue;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything shown about one exercise.
 *
 * @param editable     the caller's clinic owns it (stock exercises are never editable)
 * @param picture      its uploaded pictures or its stock drawing; null when it has neither
 */
public record ExerciseDetails(
        long id,
        long version,
        String name,
        Category category,
        Set<BodyRegion> regions,
        List<String> muscles,
        Position position,
        ExerciseEquipment equipment,
        boolean oneSide,
        List<String> steps,
        List<String> tips,
        Dosage defaultDosage,
        @Nullable String videoUrl,
        boolean stock,
        boolean editable,
        boolean archived,
        @Nullable ExercisePicture picture) {

    /** The draft that re-saves this exercise unchanged (the starting point of an edit form). */
    public ExerciseDraft toDraft() {
        return new ExerciseDraft(name, category, regions, muscles, position, equipment, oneSide, steps, tips,
                defaultDosage, videoUrl, ImageChange.KEEP);
    }
}
