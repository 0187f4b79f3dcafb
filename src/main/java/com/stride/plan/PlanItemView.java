package com.stride.plan;

import com.stride.catalogue.Category;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.ExercisePicture;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One exercise of a plan as shown to people: the catalogue's content with the plan's dosage.
 *
 * @param picture  its pictures or stock drawing; null when it has neither
 * @param circuit  the circuit the item is done in, or null (see {@link Circuits})
 */
public record PlanItemView(long itemId, long exerciseId, String exerciseName, Category category, boolean oneSide,
                           boolean exerciseArchived, List<String> steps, List<String> tips, @Nullable ExercisePicture picture,
                           Dosage dosage, @Nullable Integer circuit) {
}
