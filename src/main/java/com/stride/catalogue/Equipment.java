package com.stride.catalogue;

/** What an exercise needs at home: a fixed vocabulary, matched by a CHECK constraint in V2. */
public enum Equipment {
    MAT("Mat"),
    WALL("Wall"),
    CHAIR("Chair"),
    TABLE("Table or counter"),
    STRAP("Strap"),
    RESISTANCE_BAND("Resistance band");

    private final String label;

    Equipment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
