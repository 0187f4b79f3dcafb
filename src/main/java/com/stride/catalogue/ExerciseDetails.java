package com.stride.catalogue;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything shown about one exercise.
 *
 * @param editable     the caller's clinic owns it (stock exercises are never editable)
 * @param imageVersion changes whenever the image changes; null when there is no image
 */
public record ExerciseDetails(
        long id,
        long version,
        String name,
        Category category,
        Set<BodyRegion> regions,
        List<String> muscles,
        Position position,
        Set<Equipment> equipment,
        boolean oneSide,
        List<String> steps,
        List<String> tips,
        Dosage defaultDosage,
        @Nullable String videoUrl,
        boolean stock,
        boolean editable,
        boolean archived,
        @Nullable Long imageVersion) {

    public boolean hasImage() {
        return imageVersion != null;
    }

    /** URL of the image, or null when there is none. */
    public @Nullable String imageUrl() {
        return ExerciseImages.url(id, imageVersion);
    }

    /** The draft that re-saves this exercise unchanged (the starting point of an edit form). */
    public ExerciseDraft toDraft() {
        return new ExerciseDraft(name, category, regions, muscles, position, equipment, oneSide, steps, tips,
                defaultDosage, videoUrl, ImageChange.KEEP);
    }
}
