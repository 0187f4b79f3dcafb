package com.stride.catalogue;

import com.stride.i18n.Text;

/**
 * How a dose works the two sides of the body. Reps, holds and durations of {@link #EACH} and
 * {@link #ALTERNATING} count per side; either way it stays one exercise in adherence and volume.
 */
public enum Sides {
    /** Both together, or work that has no sides (a squat, a forward fold). */
    BOTH,
    /** All of one side, then all of the other (a single-leg calf raise). */
    EACH,
    /** Left and right in turn, rep by rep (the glute bridge march, the standing march). */
    ALTERNATING;

    public String label() {
        return Text.get("catalogue.sides." + name());
    }

    public boolean perSide() {
        return this != BOTH;
    }
}
