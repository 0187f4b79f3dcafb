package com.stride.log;

/** The 0-10 numeric pain rating scale (NPRS) and the pain-monitoring model used with runners. */
public final class Pain {

    /** What a score during exercise means: up to 3 is safe, 4-5 acceptable, above 5 too much. */
    public enum Zone {
        SAFE("safe"),
        ACCEPTABLE("acceptable"),
        TOO_MUCH("too much");

        private final String label;

        Zone(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The smallest meaningful change on the 0-10 scale: this many points and {@link #CHANGE_PERCENT} % (V14). */
    public static final int CHANGE_POINTS = 2;
    public static final int CHANGE_PERCENT = 30;
    public static final String CHANGE_RULE = "a rise of " + CHANGE_POINTS + "+ points and " + CHANGE_PERCENT
            + " %+ is meaningful";
    /** Rises and falls are measured against the runner's scores of this many days before (V14). */
    public static final int BASELINE_DAYS = 14;
    /** "Most of the exercises done", for the improvement flag (V14). */
    public static final int GOOD_ADHERENCE_PERCENT = 75;

    private Pain() {
    }

    /** The anchor words of the scale, as runners see them; empty between the ends. */
    public static String anchor(int score) {
        return switch (score) {
            case LogLimits.PAIN_MIN -> "No pain";
            case LogLimits.PAIN_MAX -> "Worst imaginable";
            default -> "";
        };
    }

    /** The zones in words, for the runner's handout: "0-3 is fine, 4-5 is acceptable, above 5 is too much". */
    public static String zones() {
        return LogLimits.PAIN_MIN + "-" + LogLimits.PAIN_SAFE_MAX + " is fine, " + (LogLimits.PAIN_SAFE_MAX + 1) + "-"
                + LogLimits.PAIN_TOO_MUCH_ABOVE + " is acceptable, above " + LogLimits.PAIN_TOO_MUCH_ABOVE
                + " is too much";
    }

    public static Zone zone(int score) {
        if (score <= LogLimits.PAIN_SAFE_MAX) {
            return Zone.SAFE;
        }
        return score <= LogLimits.PAIN_TOO_MUCH_ABOVE ? Zone.ACCEPTABLE : Zone.TOO_MUCH;
    }
}
