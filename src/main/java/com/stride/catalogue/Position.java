package com.stride.catalogue;

/**
 * The body position an exercise is done in: a fixed vocabulary, matched by exercise_position_codes()
 * in V15 (ExerciseSchemaTest compares them).
 */
public enum Position {
    STANDING("Standing"),
    KNEELING("Kneeling"),
    /** Weight on the hands and the feet, such as downward dog. */
    HANDS_AND_FEET("On hands and feet"),
    LYING("Lying"),
    SEATED("Seated");

    private final String label;

    Position(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
