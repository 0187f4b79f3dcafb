package com.stride.plan;

import com.stride.i18n.Text;

/** Where a plan is in its life. At most one plan per runner is active. */
public enum PlanStatus {
    /** Being prepared; the runner does not see it. */
    DRAFT,
    /** Assigned: the runner follows it. */
    ACTIVE,
    /** Finished or replaced; kept, read-only, with everything logged against it. */
    ENDED;

    public String label() {
        return Text.get("plan.status." + name());
    }
}
