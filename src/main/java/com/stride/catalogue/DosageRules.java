package com.stride.catalogue;

import com.stride.base.validation.PlainTextValidator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dosage rules, with one message per field. Services enforce them; forms show the messages
 * next to the fields; the database repeats them as CHECK constraints.
 */
public final class DosageRules {

    private DosageRules() {
    }

    /** Field name ("reps", "holdSeconds", ...) to message; empty when the dosage is valid. */
    public static Map<String, String> check(Dosage dosage) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (dosage == null) {
            errors.put("reps", "Set reps, a hold or a duration");
            return errors;
        }
        range(errors, "sets", dosage.sets(), DosageLimits.SETS_MAX, "sets");
        range(errors, "reps", dosage.reps(), DosageLimits.REPS_MAX, "reps");
        range(errors, "holdSeconds", dosage.holdSeconds(), DosageLimits.HOLD_SECONDS_MAX, "seconds");
        range(errors, "durationSeconds", dosage.durationSeconds(), DosageLimits.DURATION_SECONDS_MAX, "seconds");
        range(errors, "timesPerDay", dosage.timesPerDay(), DosageLimits.TIMES_PER_DAY_MAX, "times a day");
        if (dosage.reps() == null && dosage.holdSeconds() == null && dosage.durationSeconds() == null) {
            String message = "Set reps, a hold or a duration";
            errors.putIfAbsent("reps", message);
            errors.putIfAbsent("holdSeconds", message);
            errors.putIfAbsent("durationSeconds", message);
        }
        if (dosage.daysPerWeek() != null
                && (dosage.daysPerWeek() < 1 || dosage.daysPerWeek() > DosageLimits.DAYS_PER_WEEK_MAX)) {
            errors.put("daysPerWeek", "Use 1-7 days a week");
        }
        if (dosage.daysPerWeek() != null && !dosage.weekdays().isEmpty()) {
            errors.put("weekdays", "Choose days a week or named weekdays, not both");
        }
        if (dosage.restSeconds() != null
                && (dosage.restSeconds() < 1 || dosage.restSeconds() > DosageLimits.REST_SECONDS_MAX)) {
            errors.put("restSeconds", "Use 1-" + DosageLimits.REST_SECONDS_MAX + " seconds");
        }
        text(errors, "load", dosage.load(), DosageLimits.LOAD_MAX_LENGTH);
        text(errors, "note", dosage.note(), DosageLimits.NOTE_MAX_LENGTH);
        return errors;
    }

    private static void range(Map<String, String> errors, String field, Range range, int max, String unit) {
        if (range == null) {
            return;
        }
        if (range.min() < 1 || range.min() > max || (range.max() != null && (range.max() < 1 || range.max() > max))) {
            errors.put(field, "Use 1-" + max + " " + unit);
        } else if (range.max() != null && range.max() < range.min()) {
            errors.put(field, "The first number must not be larger than the second");
        }
    }

    private static void text(Map<String, String> errors, String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            errors.put(field, "Use at most " + maxLength + " characters");
        } else if (!PlainTextValidator.isPlainText(value)) {
            errors.put(field, "Use plain text: no HTML tags, emoji or special symbols");
        }
    }
}
