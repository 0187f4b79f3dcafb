package com.stride.i18n;

/** How a person reads distances; stored by name (V18 checks the same list). */
public enum DistanceUnit {
    KILOMETRES,
    MILES;

    /** Metres in one unit. */
    public double metres() {
        return this == KILOMETRES ? 1000.0 : 1609.344;
    }

    /** The bundle key of the unit's name in a settings list. */
    public String labelKey() {
        return "base.unit." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
