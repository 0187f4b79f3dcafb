package com.stride.catalogue;

import com.stride.i18n.Text;
import com.stride.base.validation.Messages;
import com.stride.base.validation.PlainTextValidator;
import com.stride.base.validation.Problems;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dosage rules, with one message per field (keys as the dosage editor names its fields).
 * Services enforce them; the database holds the same rules in {@code dosage_problem()} (V8), and
 * {@code DosageLimitsAgreementTest} proves that both refuse the same values.
 */
public final class DosageRules {

    private static final String SOMETHING_TO_DO = "catalogue.rules.somethingToDo";
    private static final String SECONDS = "catalogue.rules.seconds";

    private DosageRules() {
    }

    /** Empty when the dosage is valid. */
    public static Problems check(@Nullable Dosage dosage) {
        Problems problems = Problems.none();
        if (dosage == null) {
            return problems.add("reps", Text.get(SOMETHING_TO_DO));
        }
        range(problems, "sets", dosage.sets(), DosageLimits.SETS_MAX, "catalogue.rules.sets");
        range(problems, "reps", dosage.reps(), DosageLimits.REPS_MAX, "catalogue.rules.reps");
        range(problems, "holdSeconds", dosage.holdSeconds(), DosageLimits.HOLD_SECONDS_MAX, SECONDS);
        range(problems, "durationSeconds", dosage.durationSeconds(), DosageLimits.DURATION_SECONDS_MAX, SECONDS);
        range(problems, "timesPerDay", dosage.timesPerDay(), DosageLimits.TIMES_PER_DAY_MAX,
                "catalogue.rules.timesPerDay");
        if (dosage.reps() == null && dosage.holdSeconds() == null && dosage.durationSeconds() == null) {
            String something = Text.get(SOMETHING_TO_DO);
            problems.add("reps", something).add("holdSeconds", something).add("durationSeconds", something);
        }
        number(problems, "daysPerWeek", dosage.daysPerWeek(), DosageLimits.DAYS_PER_WEEK_MAX,
                "catalogue.rules.daysPerWeek");
        if (dosage.daysPerWeek() != null && !dosage.weekdays().isEmpty()) {
            problems.add("weekdays", Text.get("catalogue.rules.oneSchedule"));
        }
        number(problems, "restSeconds", dosage.restSeconds(), DosageLimits.REST_SECONDS_MAX, SECONDS);
        text(problems, "load", dosage.load(), DosageLimits.LOAD_MAX_LENGTH);
        text(problems, "note", dosage.note(), DosageLimits.NOTE_MAX_LENGTH);
        phases(problems, dosage);
        return problems;
    }

    private static void phases(Problems problems, Dosage dosage) {
        List<Phase> phases = dosage.phases();
        if (phases.isEmpty()) {
            return;
        }
        if (phases.size() > DosageLimits.PHASES_MAX) {
            problems.add("phases", Text.get("catalogue.rules.tooManyPhases", "max", DosageLimits.PHASES_MAX));
        }
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            String field = "phases[" + i + "]";
            if (phase.label().isEmpty()) {
                problems.add(field + ".label", Text.get("catalogue.rules.phaseLabel"));
            } else {
                text(problems, field + ".label", phase.label(), DosageLimits.PHASE_LABEL_MAX_LENGTH);
            }
            if (phase.seconds() == null) {
                problems.add(field + ".seconds", between(DosageLimits.HOLD_SECONDS_MAX, SECONDS));
            } else {
                range(problems, field + ".seconds", phase.seconds(), DosageLimits.HOLD_SECONDS_MAX, SECONDS);
            }
        }
        if (dosage.holdSeconds() != null) {
            problems.add("holdSeconds", Text.get("catalogue.rules.phasesOrHold"));
        }
        if (dosage.reps() == null) {
            problems.add("reps", Text.get("catalogue.rules.phasesNeedReps"));
        }
    }

    /** "Use 1-600 seconds": the message key names the unit, so each language words it its own way. */
    private static String between(int max, String key) {
        // as digits, without grouping: "1-3600"
        return Text.get(key, "min", Integer.toString(DosageLimits.MIN), "max", Integer.toString(max));
    }

    private static void range(Problems problems, String field, @Nullable Range range, int max, String key) {
        if (range == null) {
            return;
        }
        if (outside(range.min(), max) || (range.max() != null && outside(range.max(), max))) {
            problems.add(field, between(max, key));
        } else if (range.max() != null && range.max() < range.min()) {
            problems.add(field, Messages.RANGE_ORDER);
        }
    }

    private static void number(Problems problems, String field, @Nullable Integer value, int max, String key) {
        if (value != null && outside(value, max)) {
            problems.add(field, between(max, key));
        }
    }

    private static boolean outside(int value, int max) {
        return value < DosageLimits.MIN || value > max;
    }

    private static void text(Problems problems, String field, @Nullable String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            problems.add(field, Messages.tooLong(maxLength));
        } else {
            PlainTextValidator.problem(value).ifPresent(problem -> problems.add(field, problem));
        }
    }
}
