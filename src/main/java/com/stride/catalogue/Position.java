package com.stride.catalogue;

/** The body position an exercise is done in: a fixed vocabulary, matched by a CHECK constraint in V2. */
public enum Position {
    STANDING("Standing"),
    KNEELING("Kneeling"),
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
