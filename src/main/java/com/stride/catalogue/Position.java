package com.stride.catalogue;

import com.stride.i18n.Text;

/**
 * The body position an exercise is done in: a fixed vocabulary, matched by exercise_position_codes()
 * in V15 (ExerciseSchemaTest compares them).
 */
public enum Position {
    STANDING,
    KNEELING,
    /** Weight on the hands and the feet, such as downward dog. */
    HANDS_AND_FEET,
    LYING,
    SEATED;

    public String label() {
        return Text.get("catalogue.position." + name());
    }
}
