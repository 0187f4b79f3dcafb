package com.stride.catalogue;

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

    static final String SOMETHING_TO_DO = "Set reps, a hold or a duration";
    static final String ONE_SCHEDULE = "Choose days a week or named weekdays, not both";
    static final String PHASES_OR_HOLD = "Use phases or one hold time, not both";
    static final String PHASES_NEED_REPS = "Set the reps that are held in these phases";
    static final String PHASE_LABEL = "Say what to do in this phase";
    static final String TOO_MANY_PHASES = "Use at most {max} phases";

    private DosageRules() {
    }

    /** Empty when the dosage is valid. */
    public static Problems check(@Nullable Dosage dosage) {
        Problems problems = Problems.none();
        if (dosage == null) {
            return problems.add("reps", SOMETHING_TO_DO);
        }
        range(problems, "sets", dosage.sets(), DosageLimits.SETS_MAX, "sets");
        range(problems, "reps", dosage.reps(), DosageLimits.REPS_MAX, "reps");
        range(problems, "holdSeconds", dosage.holdSeconds(), DosageLimits.HOLD_SECONDS_MAX, "seconds");
        range(problems, "durationSeconds", dosage.durationSeconds(), DosageLimits.DURATION_SECONDS_MAX, "seconds");
        range(problems, "timesPerDay", dosage.timesPerDay(), DosageLimits.TIMES_PER_DAY_MAX, "times a day");
        if (dosage.reps() == null && dosage.holdSeconds() == null && dosage.durationSeconds() == null) {
            problems.add("reps", SOMETHING_TO_DO).add("holdSeconds", SOMETHING_TO_DO)
                    .add("durationSeconds", SOMETHING_TO_DO);
        }
        number(problems, "daysPerWeek", dosage.daysPerWeek(), DosageLimits.DAYS_PER_WEEK_MAX, "days a week");
        if (dosage.daysPerWeek() != null && !dosage.weekdays().isEmpty()) {
            problems.add("weekdays", ONE_SCHEDULE);
        }
        number(problems, "restSeconds", dosage.restSeconds(), DosageLimits.REST_SECONDS_MAX, "seconds");
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
            problems.add("phases", Messages.withMax(TOO_MANY_PHASES, DosageLimits.PHASES_MAX));
        }
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            String field = "phases[" + i + "]";
            if (phase.label().isEmpty()) {
                problems.add(field + ".label", PHASE_LABEL);
            } else {
                text(problems, field + ".label", phase.label(), DosageLimits.PHASE_LABEL_MAX_LENGTH);
            }
            if (phase.seconds() == null) {
                problems.add(field + ".seconds", Messages.numberBetween(DosageLimits.MIN,
                        DosageLimits.HOLD_SECONDS_MAX, "seconds"));
            } else {
                range(problems, field + ".seconds", phase.seconds(), DosageLimits.HOLD_SECONDS_MAX, "seconds");
            }
        }
        if (dosage.holdSeconds() != null) {
            problems.add("holdSeconds", PHASES_OR_HOLD);
        }
        if (dosage.reps() == null) {
            problems.add("reps", PHASES_NEED_REPS);
        }
    }

    private static void range(Problems problems, String field, @Nullable Range range, int max, String unit) {
        if (range == null) {
            return;
        }
        if (outside(range.min(), max) || (range.max() != null && outside(range.max(), max))) {
            problems.add(field, Messages.numberBetween(DosageLimits.MIN, max, unit));
        } else if (range.max() != null && range.max() < range.min()) {
            problems.add(field, Messages.RANGE_ORDER);
        }
    }

    private static void number(Problems problems, String field, @Nullable Integer value, int max, String unit) {
        if (value != null && outside(value, max)) {
            problems.add(field, Messages.numberBetween(DosageLimits.MIN, max, unit));
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
