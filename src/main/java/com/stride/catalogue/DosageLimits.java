package com.stride.catalogue;

/**
 * Sane clinical bounds of a dosage, shared by validation and forms. The database holds the same
 * numbers in {@code dosage_problem()} (V8); {@code DosageLimitsAgreementTest} proves they agree.
 */
public final class DosageLimits {

    /** Every count and every number of seconds starts at 1. */
    public static final int MIN = 1;
    public static final int SETS_MAX = 10;
    public static final int REPS_MAX = 100;
    public static final int HOLD_SECONDS_MAX = 600;
    public static final int DURATION_SECONDS_MAX = 3600;
    public static final int TIMES_PER_DAY_MAX = 6;
    public static final int DAYS_PER_WEEK_MAX = 7;
    public static final int REST_SECONDS_MAX = 600;
    public static final int LOAD_MAX_LENGTH = 60;
    public static final int NOTE_MAX_LENGTH = 500;
    /** A rep held in phases has at most this many (V11: {@code dosage_phases_max()}). */
    public static final int PHASES_MAX = 3;
    /** V11: {@code dosage_phase_label_max()}. */
    public static final int PHASE_LABEL_MAX_LENGTH = 40;

    private DosageLimits() {
    }
}
