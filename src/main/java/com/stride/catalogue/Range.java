package com.stride.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * A whole number or a range of them, as a PT writes it: "10" or "10-12". A range whose ends are
 * equal is a single value; {@code max} is null for a single value.
 */
public record Range(int min, @Nullable Integer max) {

    public Range {
        if (max != null && max == min) {
            max = null;
        }
    }

    public static Range of(int value) {
        return new Range(value, null);
    }

    public static Range of(int min, int max) {
        return new Range(min, max);
    }

    /** A range from nullable ends, or null when there is no minimum. */
    public static @Nullable Range ofNullable(@Nullable Integer min, @Nullable Integer max) {
        return min == null ? null : new Range(min, max);
    }

    public boolean isRange() {
        return max != null;
    }

    public int upper() {
        return max == null ? min : max;
    }

    @Override
    public String toString() {
        return max == null ? Integer.toString(min) : min + "-" + max;
    }
}
