package com.stride.log;

import com.stride.i18n.Text;
import java.util.Locale;

/** The 0-10 numeric pain rating scale (NPRS) and the pain-monitoring model used with runners. */
public final class Pain {

    /** What a score during exercise means: up to 3 is safe, 4-5 acceptable, above 5 too much. */
    public enum Zone {
        SAFE,
        ACCEPTABLE,
        TOO_MUCH;

        public String label() {
            return Text.get("log.painZone." + name());
        }
    }

    /** The smallest meaningful change on the 0-10 scale: this many points and {@link #CHANGE_PERCENT} % (V14). */
    public static final int CHANGE_POINTS = 2;
    public static final int CHANGE_PERCENT = 30;
    /** Rises and falls are measured against the runner's scores of this many days before (V14). */
    public static final int BASELINE_DAYS = 14;
    /** "Most of the exercises done", for the improvement flag (V14). */
    public static final int GOOD_ADHERENCE_PERCENT = 75;

    private Pain() {
    }

    /** "a rise of 2+ points and 30 %+ is meaningful", inside a sentence. */
    public static String changeRule() {
        return Text.get("log.pain.changeRule", "points", CHANGE_POINTS, "percent", CHANGE_PERCENT);
    }

    /** The anchor words of the scale, as runners see them; empty between the ends. */
    public static String anchor(int score) {
        return switch (score) {
            case LogLimits.PAIN_MIN -> Text.get("log.pain.anchor.min");
            case LogLimits.PAIN_MAX -> Text.get("log.pain.anchor.max");
            default -> "";
        };
    }

    /** The zones in words, for the runner's handout: "0-3 is fine, 4-5 is acceptable, above 5 is too much". */
    public static String zones() {
        return zones(Text.locale());
    }

    /** The same in the handout reader's language. */
    public static String zones(Locale locale) {
        return Text.get(locale, "log.pain.zones", "min", LogLimits.PAIN_MIN, "safe", LogLimits.PAIN_SAFE_MAX,
                "acceptable", LogLimits.PAIN_SAFE_MAX + 1, "tooMuch", LogLimits.PAIN_TOO_MUCH_ABOVE);
    }

    public static Zone zone(int score) {
        if (score <= LogLimits.PAIN_SAFE_MAX) {
            return Zone.SAFE;
        }
        return score <= LogLimits.PAIN_TOO_MUCH_ABOVE ? Zone.ACCEPTABLE : Zone.TOO_MUCH;
    }
}
