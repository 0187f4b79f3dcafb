package com.stride.plan;

/** Limits shared by plan validation, forms and (as CHECK constraints) the database. */
public final class PlanLimits {

    public static final int TITLE_MAX_LENGTH = 120;
    public static final int GOAL_MAX_LENGTH = 2000;
    public static final int MAX_ITEMS = 30;
    /** Circuits a plan may hold (V12: {@code plan_circuits_max()}). */
    public static final int CIRCUITS_MAX = 3;
    /** A Bean Validation message key; Bean Validation fills {max} from the annotation, code passes "max". */
    public static final String TOO_MANY_ITEMS_KEY = "plan.draft.tooManyItems";
    public static final String TOO_MANY_ITEMS = "{" + TOO_MANY_ITEMS_KEY + "}";
    /** Past this many exercises the builder suggests keeping the plan shorter (see the brief). */
    public static final int GENTLE_NOTE_AFTER_ITEMS = 6;

    private PlanLimits() {
    }
}
