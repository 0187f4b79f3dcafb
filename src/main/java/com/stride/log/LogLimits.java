package com.stride.log;

/** Limits shared by the log tables (V6), the services and the forms. */
public final class LogLimits {

    public static final int NOTE_MAX = 1000;
    public static final int PAIN_MIN = 0;
    public static final int PAIN_MAX = 10;
    /** Pain up to this is "safe" in the pain-monitoring model. */
    public static final int PAIN_SAFE_MAX = 3;
    /** Pain above this is "too much" in the pain-monitoring model. */
    public static final int PAIN_TOO_MUCH_ABOVE = 5;
    /** Runners may correct today's entries and yesterday's, not older ones. */
    public static final int CORRECTABLE_DAYS = 2;
    /** The next-morning question is asked for a session day at most this many days back. */
    public static final int MORNING_QUESTION_DAYS = 2;
    /** How far ahead a runner with nothing due today is told the next due day (two weeks). */
    public static final int NEXT_DUE_DAYS = 14;
    /** The longest page of notes or days a list asks for at once. */
    public static final int PAGE_MAX = 100;

    private LogLimits() {
    }
}
