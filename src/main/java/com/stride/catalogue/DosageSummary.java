package com.stride.catalogue;

import com.stride.base.text.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plain-language dosage, e.g. "2 sets × 10-12 reps, hold 5 s, each side · twice a day, every day".
 * The single formatter for every place a dosage appears: lists, plan builder, runner's day, PDF.
 */
final class DosageSummary {

    private DosageSummary() {
    }

    static String of(Dosage dosage) {
        List<String> work = new ArrayList<>();
        if (dosage.reps() != null) {
            work.add(dosage.reps() + (dosage.reps().upper() == 1 ? " rep" : " reps"));
        }
        if (dosage.holdSeconds() != null) {
            work.add("hold " + seconds(dosage.holdSeconds()));
        }
        if (!dosage.phases().isEmpty()) {
            work.add(dosage.phases().stream().map(phase -> lowerFirst(phase.label())
                    + (phase.seconds() == null ? "" : " " + seconds(phase.seconds())))
                    .collect(Collectors.joining(", then ")));
        }
        if (dosage.durationSeconds() != null) {
            work.add(seconds(dosage.durationSeconds()));
        }
        String volume = String.join(", ", work);
        if (dosage.sets() != null) {
            String sets = dosage.sets() + (dosage.sets().upper() == 1 ? " set" : " sets");
            volume = volume.isEmpty() ? sets : sets + " × " + volume;
        }
        volume = volume + switch (dosage.sides()) {
            case BOTH -> "";
            case EACH -> ", each side";
            // reps alternate and count per side; a timed move just switches as it goes
            case ALTERNATING -> dosage.reps() == null ? ", alternating sides" : ", each side, alternating";
        };

        List<String> parts = new ArrayList<>();
        parts.add(volume);
        String frequency = frequency(dosage);
        if (!frequency.isEmpty()) {
            parts.add(frequency);
        }
        if (dosage.restSeconds() != null) {
            parts.add("rest " + seconds(Range.of(dosage.restSeconds())) + " between sets");
        }
        if (dosage.load() != null) {
            parts.add(dosage.load());
        }
        return String.join(" · ", parts);
    }

    private static String frequency(Dosage dosage) {
        List<String> parts = new ArrayList<>();
        if (dosage.timesPerDay() != null) {
            parts.add(timesPerDay(dosage.timesPerDay()));
        }
        if (dosage.daysPerWeek() != null) {
            parts.add(dosage.daysPerWeek() == 7 ? "every day"
                    : Formats.count(dosage.daysPerWeek(), "day", "days") + " a week");
        } else if (!dosage.weekdays().isEmpty()) {
            parts.add(dosage.weekdays().size() == 7 ? "every day" : dosage.weekdays().stream()
                    .sorted()
                    .map(Formats::weekday)
                    .collect(Collectors.joining(", ")));
        }
        return String.join(", ", parts);
    }

    private static String timesPerDay(Range times) {
        if (!times.isRange()) {
            return switch (times.min()) {
                case 1 -> "once a day";
                case 2 -> "twice a day";
                default -> times.min() + " times a day";
            };
        }
        return times + " times a day";
    }

    /** "Hold the bridge" reads "hold the bridge" inside a sentence; "ITB roll" stays as written. */
    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /** "45 s", "20-30 s", "2 min", "1 min 30 s", "1-2 min". */
    static String seconds(Range range) {
        if (range.isRange()) {
            if (range.min() % 60 == 0 && range.max() % 60 == 0) {
                return range.min() / 60 + "-" + range.max() / 60 + " min";
            }
            if (range.max() <= 120) {
                return range + " s";
            }
            return seconds(Range.of(range.min())) + " to " + seconds(Range.of(range.max()));
        }
        int value = range.min();
        if (value < 60) {
            return value + " s";
        }
        int minutes = value / 60;
        int rest = value % 60;
        return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }
}
