package com.stride.catalogue;

/**
 * A piece of equipment an exercise may use at home: a fixed vocabulary, matched by
 * exercise_equipment_codes() in V15 (ExerciseSchemaTest compares them). How an exercise uses it
 * (needed, one of several, optional) is {@link ExerciseEquipment}.
 */
public enum Equipment {
    MAT("Mat", "mat"),
    WALL("Wall", "wall"),
    CHAIR("Chair", "chair"),
    TABLE("Table or counter", "table"),
    STRAP("Strap", "strap"),
    RESISTANCE_BAND("Resistance band", "resistance band"),
    WEIGHT("Weight", "weight");

    private final String label;
    private final String noun;

    Equipment(String label, String noun) {
        this.label = label;
        this.noun = noun;
    }

    public String label() {
        return label;
    }

    /** How a sentence names it, lower case: "resistance band". */
    public String noun() {
        return noun;
    }
}
