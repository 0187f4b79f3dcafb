package com.stride.catalogue;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One row of a catalogue search.
 *
 * @param picture its uploaded pictures or its stock drawing; null when it has neither
 */
public record ExerciseSummary(
        long id,
        String name,
        Category category,
        Set<BodyRegion> regions,
        ExerciseEquipment equipment,
        Position position,
        boolean oneSide,
        boolean stock,
        boolean archived,
        @Nullable ExercisePicture picture,
        Dosage defaultDosage) {
}
