package com.stride.log;

/**
 * The clinical flags a PT sees on a runner, most urgent first (computed by the runner_flags SQL
 * function, V14; {@link Flag#reason()} says why each was raised).
 */
public enum FlagKind {
    WARNING_SIGNS("Warning signs: contact the runner"),
    PAIN_HIGH("Pain above " + LogLimits.PAIN_TOO_MUCH_ABOVE),
    PAIN_RISE("Pain rising"),
    MORNING_WORSE("Worse next morning"),
    PAINFUL_EXERCISE("Exercise rated painful"),
    IMPROVING("Improving: ready for more?"),
    INACTIVE("No activity for 7 days");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A flag that asks the PT to act today rather than at the next review. */
    public boolean urgent() {
        return this == WARNING_SIGNS;
    }

    /** Good news: the runner may be ready to progress. */
    public boolean positive() {
        return this == IMPROVING;
    }
}
