package com.stride.catalogue.illustration;

/**
 * The figure's segments, each with its length in drawing units (a standing figure is about 170
 * units tall). "Near" limbs are on the viewer's side in a side view, drawn over the body; in a front
 * view they are the figure's left, on the viewer's right.
 */
public enum Segment {
    TRUNK(52),
    HEAD(7),
    NEAR_UPPER_ARM(30),
    NEAR_FOREARM(28),
    FAR_UPPER_ARM(30),
    FAR_FOREARM(28),
    NEAR_THIGH(44),
    NEAR_SHIN(42),
    NEAR_FOOT(14),
    FAR_THIGH(44),
    FAR_SHIN(42),
    FAR_FOOT(14);

    /** Radius of the head, drawn at the end of the neck ({@link #HEAD} is the neck). */
    public static final double HEAD_RADIUS = 9.5;

    private final double length;

    Segment(double length) {
        this.length = length;
    }

    public double length() {
        return length;
    }
}
