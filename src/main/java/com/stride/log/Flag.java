package com.stride.log;

import com.stride.i18n.Text;
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
        String score = Formats.score(pain);
        return switch (kind) {
            case WARNING_SIGNS -> Text.get(pain == null ? "log.flag.reason.warningSigns"
                    : "log.flag.reason.warningSignsWithPain", "day", on, "score", score,
                    "signs", WarningSign.inWords(WarningSign.parse(text(detail))));
            case PAIN_HIGH -> Text.get("MORNING".equals(detail) ? "log.flag.reason.painHighMorning"
                    : "log.flag.reason.painHighDuring", "score", score, "day", on,
                    "max", LogLimits.PAIN_TOO_MUCH_ABOVE);
            case PAIN_RISE -> Text.get("log.flag.reason.painRise", "score", score, "day", on,
                    "average", decimal(compared), "count", samples == null ? 0 : samples,
                    "days", Pain.BASELINE_DAYS, "rule", Pain.changeRule());
            case MORNING_WORSE -> Text.get("log.flag.reason.morningWorse", "score", score, "day", on,
                    "during", Formats.score(compared == null ? null : compared.intValue()),
                    "points", Pain.CHANGE_POINTS);
            case PAINFUL_EXERCISE -> Text.get("log.flag.reason.painfulExercise",
                    "exercises", String.join(", ", text(detail).split("\n")));
            case IMPROVING -> Text.get("log.flag.reason.improving", "recent", decimal(recent),
                    "before", decimal(compared), "days", Pain.BASELINE_DAYS,
                    "percent", samples == null ? 0 : samples);
            case INACTIVE -> Text.get("log.flag.reason.inactive", "day", on);
        };
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** "1.5" ("1,5"), rounded half up as the SQL rounds; a dash for none. */
    private static String decimal(@Nullable BigDecimal value) {
        return value == null ? "–" : Text.get("log.flag.decimal", "value", value.setScale(1, RoundingMode.HALF_UP));
    }
}
