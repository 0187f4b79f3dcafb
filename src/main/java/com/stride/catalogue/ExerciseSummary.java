package com.stride.catalogue;

import java.util.Set;
import org.jspecify.annotations.Nullable;

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
        @Nullable Long imageVersion,
        Dosage defaultDosage) {

    public boolean hasImage() {
        return imageVersion != null;
    }

    /** URL of the image, or null when there is none. */
    public @Nullable String imageUrl() {
        return ExerciseImages.url(id, imageVersion);
    }
}
