package com.stride.log;

import com.stride.base.text.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A flag raised on a runner, with the numbers behind it (runner_flags, V14).
 *
 * @param raisedAt what raised it; marking the flag seen hides it until something newer raises it
 * @param pain     the pain score behind it: the high, risen or next-morning score
 * @param day      the session day behind it, or the last active day for inactivity
 * @param recent   IMPROVING: the average score of the last 14 days
 * @param compared what was compared: the baseline average (PAIN_RISE), the score during the session
 *                 (MORNING_WORSE), the average of the 14 days before (IMPROVING)
 * @param samples  PAIN_RISE: the scores in the baseline; PAINFUL_EXERCISE: the exercises;
 *                 IMPROVING: the percentage of what was due that was done
 * @param detail   WARNING_SIGNS: the signs ("BONE_SPOT,SWELLING"); PAINFUL_EXERCISE: the exercise
 *                 names, one per line; PAIN_HIGH: DURING or MORNING
 */
public record Flag(FlagKind kind, Instant raisedAt, @Nullable Integer pain, LocalDate day,
                   @Nullable BigDecimal recent, @Nullable BigDecimal compared, @Nullable Integer samples,
                   @Nullable String detail) {

    public Flag(FlagKind kind, Instant raisedAt, @Nullable Integer pain, LocalDate day) {
        this(kind, raisedAt, pain, day, null, null, null, null);
    }

    /** Why the flag is up, with its numbers, as the PT reads it. */
    public String reason() {
        String on = Formats.shortDate(day);
        return switch (kind) {
            case WARNING_SIGNS -> "Reported on " + on + (pain == null ? "" : ", with pain " + Formats.score(pain)) + ": "
                    + WarningSign.inWords(WarningSign.parse(text(detail))) + ". The runner was asked to contact the clinic.";
            case PAIN_HIGH -> Formats.score(pain) + ("MORNING".equals(detail) ? " the morning after the session of "
                    : " during the session of ") + on + ": above " + LogLimits.PAIN_TOO_MUCH_ABOVE + " is too much.";
            case PAIN_RISE -> Formats.score(pain) + " on " + on + ", up from an average of " + decimal(compared)
                    + " over " + Formats.count(samples == null ? 0 : samples, "score", "scores") + " in the "
                    + Pain.BASELINE_DAYS + " days before (" + Pain.CHANGE_RULE + ").";
            case MORNING_WORSE -> Formats.score(pain) + " the morning after the session of " + on + ", against "
                    + Formats.score(compared == null ? null : compared.intValue())
                    + " during it: " + Pain.CHANGE_POINTS + " points or more worse means the load was too high.";
            case PAINFUL_EXERCISE -> "Rated \"" + Effort.PAINFUL.label().toLowerCase(java.util.Locale.ROOT)
                    + "\" the last two times: " + String.join(", ", text(detail).split("\n")) + ".";
            case IMPROVING -> "Average pain " + decimal(recent) + " in the last " + Pain.BASELINE_DAYS
                    + " days, down from " + decimal(compared) + " in the " + Pain.BASELINE_DAYS + " days before, with "
                    + (samples == null ? 0 : samples) + " % of the exercises due done.";
            case INACTIVE -> "Last logged " + on + ".";
        };
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String decimal(@Nullable BigDecimal value) {
        return value == null ? "–" : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
