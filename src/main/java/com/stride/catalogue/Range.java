package com.stride.catalogue;

/**
 * A whole number or a range of them, as a PT writes it: "10" or "10-12". A range whose ends are
 * equal is a single value; {@code max} is null for a single value.
 */
public record Range(int min, Integer max) {

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
    public static Range ofNullable(Integer min, Integer max) {
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
