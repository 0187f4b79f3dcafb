package com.stride.catalogue;

/**
 * How a dose works the two sides of the body. Reps, holds and durations of {@link #EACH} and
 * {@link #ALTERNATING} count per side; either way it stays one exercise in adherence and volume.
 */
public enum Sides {
    /** Both together, or work that has no sides (a squat, a forward fold). */
    BOTH("Both together"),
    /** All of one side, then all of the other (a single-leg calf raise). */
    EACH("Each side"),
    /** Left and right in turn, rep by rep (the glute bridge march, the standing march). */
    ALTERNATING("Alternating sides");

    private final String label;

    Sides(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean perSide() {
        return this != BOTH;
    }
}
