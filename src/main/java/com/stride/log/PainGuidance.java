package com.stride.log;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the runner is told to do at each pain score, during a session and the next morning: the
 * pain-monitoring model (BRIEF.md) in plain words, written once. The runner reads one row after
 * saving a score; the PT can read the whole table on the runner's page.
 */
public final class PainGuidance {

    /** When the score was given. */
    public enum Moment {
        DURING("During or after the exercises"),
        NEXT_MORNING("The next morning");

        private final String label;

        Moment(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One row of the table.
     *
     * @param when     the scores it applies to, as the PT reads the table
     * @param heading  a few words the runner sees first
     * @param advice   what to do
     * @param tellsPt  whether a flag is raised for the PT (the advice then says so)
     * @param askSigns whether the runner is asked "is this something else?" ({@link WarningSign})
     */
    public record Advice(Moment moment, String when, String heading, String advice, boolean tellsPt,
                         boolean askSigns) {
    }

    private static final int SAFE = LogLimits.PAIN_SAFE_MAX;
    private static final int TOO_MUCH = LogLimits.PAIN_TOO_MUCH_ABOVE;

    public static final Advice DURING_SAFE = new Advice(Moment.DURING, LogLimits.PAIN_MIN + "-" + SAFE,
            "Safe zone",
            "Pain up to " + SAFE + " is fine while you exercise. Carry on with your plan as written.", false, false);
    public static final Advice DURING_ACCEPTABLE = new Advice(Moment.DURING, (SAFE + 1) + "-" + TOO_MUCH,
            "Acceptable, do not add more",
            "You can finish today's exercises. Notice how it feels tomorrow morning.", false,
            false);
    public static final Advice DURING_TOO_MUCH = new Advice(Moment.DURING, "above " + TOO_MUCH,
            "Too much for today",
            "Stop the exercise that hurts and leave it for today. Do the others only if the pain stays at " + TOO_MUCH
                    + " or below. Your physical therapist will see this score.", true, true);
    public static final Advice MORNING_SETTLED = new Advice(Moment.NEXT_MORNING,
            LogLimits.PAIN_MIN + "-" + SAFE + ", and not " + Pain.CHANGE_POINTS + "+ worse than during the session",
            "Settled",
            "Good: the exercises suited you. Keep to your plan.", false, false);
    public static final Advice MORNING_ACCEPTABLE = new Advice(Moment.NEXT_MORNING,
            (SAFE + 1) + "-" + TOO_MUCH + ", and not " + Pain.CHANGE_POINTS + "+ worse than during the session",
            "Acceptable",
            "Keep to your plan today, but do not add more until the morning pain is back to " + SAFE + " or below.",
            false, false);
    public static final Advice MORNING_WORSE = new Advice(Moment.NEXT_MORNING,
            Pain.CHANGE_POINTS + "+ points worse than during the session, up to " + TOO_MUCH,
            "Worse than after your session",
            "The load was a bit too much. Ease off today: do fewer repetitions, or leave out what hurts. "
                    + "Your physical therapist has been told.", true, false);
    public static final Advice MORNING_TOO_MUCH = new Advice(Moment.NEXT_MORNING, "above " + TOO_MUCH,
            "Too much",
            "Ease off today and leave out what hurts. Your physical therapist has been told. If it has not "
                    + "settled within a day or two, contact your clinic.", true, true);

    /** The whole table, for the PT. */
    public static final List<Advice> TABLE = List.of(DURING_SAFE, DURING_ACCEPTABLE, DURING_TOO_MUCH,
            MORNING_SETTLED, MORNING_ACCEPTABLE, MORNING_WORSE, MORNING_TOO_MUCH);

    /** Said when the runner ticks a warning sign. It guides; it does not diagnose. */
    public static final String SIGNS_QUESTION = "Is this something else?";
    public static final String SIGNS_INTRO = "Some pain needs your clinic rather than exercises. "
            + "Does any of this apply to you now?";
    public static final String SIGNS_ADVICE = "Please contact your clinic today, by phone if you can, before you "
            + "exercise or run again. These signs are worth having checked: they do not always mean something "
            + "serious, and only your clinic can tell. Your physical therapist has been alerted too.";
    public static final String NO_SIGNS = "Thank you. Follow the advice above.";

    private PainGuidance() {
    }

    public static Advice during(int score) {
        return switch (Pain.zone(score)) {
            case SAFE -> DURING_SAFE;
            case ACCEPTABLE -> DURING_ACCEPTABLE;
            case TOO_MUCH -> DURING_TOO_MUCH;
        };
    }

    /**
     * @param during the score during the session the evening before; null when none was given, so
     *               that only the morning's own zone counts
     */
    public static Advice nextMorning(int score, @Nullable Integer during) {
        if (score > TOO_MUCH) {
            return MORNING_TOO_MUCH;
        }
        if (during != null && score - during >= Pain.CHANGE_POINTS) {
            return MORNING_WORSE;
        }
        return score <= SAFE ? MORNING_SETTLED : MORNING_ACCEPTABLE;
    }
}
