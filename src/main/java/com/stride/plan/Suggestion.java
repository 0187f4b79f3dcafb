package com.stride.plan;

import com.stride.i18n.Text;
import com.stride.catalogue.Dosage;

/**
 * A change the progression rule suggests for one exercise of a plan. Nothing changes for the
 * runner until the PT accepts it (a new plan revision).
 *
 * @param planVersion the plan's version it was computed from: accepting it after another change is a conflict
 * @param reason      why, with the numbers behind it
 */
public record Suggestion(long planId, long planVersion, long itemId, long exerciseId, String exerciseName,
                         Direction direction, Step step, long newExerciseId, String newExerciseName, Dosage from,
                         Dosage to, String reason) {

    public enum Direction {
        PROGRESS,
        EASE_OFF;

        public String label() {
            return Text.get("plan.suggestion.direction." + name());
        }
    }

    /** What changes, in the order the rule tries them. */
    public enum Step {
        TOP_OF_RANGE,
        MORE_SETS,
        LONGER_HOLD,
        HARDER_EXERCISE,
        LOWER_END,
        EASIER_EXERCISE,
        FEWER_SETS;

        public String label() {
            return Text.get("plan.suggestion.step." + name());
        }
    }

    public boolean changesExercise() {
        return newExerciseId != exerciseId;
    }

    /**
     * "Step up: Glute bridge, to the top of the range": one whole message per step (each step has
     * its direction, and only the harder and easier exercise change it), so that every language
     * orders it its own way.
     */
    public String title() {
        return Text.get("plan.suggestion.title." + step.name(), "exercise", exerciseName,
                "newExercise", newExerciseName);
    }
}
