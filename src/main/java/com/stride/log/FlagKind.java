package com.stride.log;

/** The clinical flags a PT sees on a runner (computed by the runner_flags SQL function, V8). */
public enum FlagKind {
    PAIN_HIGH("Pain above " + LogLimits.PAIN_TOO_MUCH_ABOVE),
    PAIN_RISE("Pain up 2+ points"),
    INACTIVE("No activity for 7 days");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
