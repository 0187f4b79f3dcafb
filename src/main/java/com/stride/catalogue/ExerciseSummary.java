package com.stride.catalogue;

import java.util.Set;

/**
 * One row of a catalogue search.
 *
 * @param imageVersion changes whenever the image changes (for cache-safe image URLs); null: no image
 */
public record ExerciseSummary(
        long id,
        String name,
        Category category,
        Set<BodyRegion> regions,
        Set<Equipment> equipment,
        Position position,
        boolean oneSide,
        boolean stock,
        boolean archived,
        Long imageVersion,
        Dosage defaultDosage) {

    public boolean hasImage() {
        return imageVersion != null;
    }

    /** URL of the image, or null when there is none. */
    public String imageUrl() {
        return ExerciseImages.url(id, imageVersion);
    }
}
