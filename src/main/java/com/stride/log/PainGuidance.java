package com.stride.log;

import com.stride.i18n.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the runner is told to do at each pain score, during a session and the next morning: the
 * pain-monitoring model (BRIEF.md) in plain words, written once (in the log bundle,
 * {@code log.guidance.*}). The runner reads one row after saving a score; the PT can read the whole
 * table on the runner's page.
 */
public final class PainGuidance {

    /** When the score was given. */
    public enum Moment {
        DURING,
        NEXT_MORNING;

        public String label() {
            return Text.get("log.painMoment." + name());
        }
    }

    /**
     * One row of the table; its words are in the current language.
     *
     * @param name     the row's name in the bundle: {@code log.guidance.<name>.when}, {@code .heading}, {@code .advice}
     * @param tellsPt  whether a flag is raised for the PT (the advice then says so)
     * @param askSigns whether the runner is asked "is this something else?" ({@link WarningSign})
     */
    public record Advice(Moment moment, String name, boolean tellsPt, boolean askSigns) {

        /** The scores it applies to, as the PT reads the table. */
        public String when() {
            return text("when");
        }

        /** A few words the runner sees first. */
        public String heading() {
            return text("heading");
        }

        /** What to do. */
        public String advice() {
            return text("advice");
        }

        private String text(String part) {
            return Text.get("log.guidance." + name + "." + part, "min", LogLimits.PAIN_MIN, "safe", SAFE,
                    "acceptable", SAFE + 1, "tooMuch", TOO_MUCH, "points", Pain.CHANGE_POINTS);
        }
    }

    private static final int SAFE = LogLimits.PAIN_SAFE_MAX;
    private static final int TOO_MUCH = LogLimits.PAIN_TOO_MUCH_ABOVE;

    public static final Advice DURING_SAFE = new Advice(Moment.DURING, "duringSafe", false, false);
    public static final Advice DURING_ACCEPTABLE = new Advice(Moment.DURING, "duringAcceptable", false, false);
    public static final Advice DURING_TOO_MUCH = new Advice(Moment.DURING, "duringTooMuch", true, true);
    public static final Advice MORNING_SETTLED = new Advice(Moment.NEXT_MORNING, "morningSettled", false, false);
    public static final Advice MORNING_ACCEPTABLE = new Advice(Moment.NEXT_MORNING, "morningAcceptable", false,
            false);
    public static final Advice MORNING_WORSE = new Advice(Moment.NEXT_MORNING, "morningWorse", true, false);
    public static final Advice MORNING_TOO_MUCH = new Advice(Moment.NEXT_MORNING, "morningTooMuch", true, true);

    /** The whole table, for the PT. */
    public static final List<Advice> TABLE = List.of(DURING_SAFE, DURING_ACCEPTABLE, DURING_TOO_MUCH,
            MORNING_SETTLED, MORNING_ACCEPTABLE, MORNING_WORSE, MORNING_TOO_MUCH);

    private PainGuidance() {
    }

    /** Asked when pain is high. It guides; it does not diagnose. */
    public static String signsQuestion() {
        return Text.get("log.guidance.signs.question");
    }

    public static String signsIntro() {
        return Text.get("log.guidance.signs.intro");
    }

    /** Said when the runner ticks a warning sign. */
    public static String signsAdvice() {
        return Text.get("log.guidance.signs.advice");
    }

    /** Said when the runner ticks none. */
    public static String noSigns() {
        return Text.get("log.guidance.signs.none");
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
