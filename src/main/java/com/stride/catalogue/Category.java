package com.stride.catalogue;

/** What kind of exercise it is. The codes match the CHECK constraint in V2. */
public enum Category {
    STRETCH("Stretch"),
    STRENGTHENING("Strengthening"),
    MOBILITY("Mobility / dynamic");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
