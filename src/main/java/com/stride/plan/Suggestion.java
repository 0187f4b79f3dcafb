package com.stride.plan;

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
        PROGRESS("Step up"),
        EASE_OFF("Ease off");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What changes, in the order the rule tries them. */
    public enum Step {
        TOP_OF_RANGE("to the top of the range"),
        MORE_SETS("one more set"),
        LONGER_HOLD("a longer hold"),
        HARDER_EXERCISE("the harder exercise"),
        LOWER_END("to the lower end of the range"),
        EASIER_EXERCISE("the easier exercise"),
        FEWER_SETS("one set fewer");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean changesExercise() {
        return newExerciseId != exerciseId;
    }

    /** "Step up: Glute bridge, to the top of the range". */
    public String title() {
        return direction.label() + ": " + exerciseName + (changesExercise() ? " → " + newExerciseName : "")
                + ", " + step.label();
    }
}
