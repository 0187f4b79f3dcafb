package com.stride.plan;

/** Where a plan is in its life. At most one plan per runner is active. */
public enum PlanStatus {
    /** Being prepared; the runner does not see it. */
    DRAFT("Draft"),
    /** Assigned: the runner follows it. */
    ACTIVE("Active"),
    /** Finished or replaced; kept, read-only, with everything logged against it. */
    ENDED("Ended");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
