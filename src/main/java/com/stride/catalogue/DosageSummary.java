package com.stride.catalogue;

import com.stride.i18n.Language;
import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plain-language dosage, e.g. "2 sets × 10-12 reps, hold 5 s, each side · twice a day, every day"
 * ("2 Sätze × 10-12 Wiederholungen, 5 s halten, je Seite · zweimal täglich, jeden Tag"). The single
 * formatter for every place a dosage appears: lists, plan builder, runner's day, PDF. Each piece is
 * one message of the catalogue bundle, so every language orders its own words; the pieces are
 * joined by punctuation only (", " and " · ").
 */
final class DosageSummary {

    private static final String KEY = "catalogue.dosage.";

    private DosageSummary() {
    }

    /** In the current person's language. */
    static String of(Dosage dosage) {
        return of(dosage, Text.language());
    }

    static String of(Dosage dosage, Language language) {
        List<String> work = new ArrayList<>();
        if (dosage.reps() != null) {
            work.add(text(language, "reps", "reps", dosage.reps().toString(), "upper", dosage.reps().upper()));
        }
        if (dosage.holdSeconds() != null) {
            work.add(text(language, "hold", "time", seconds(dosage.holdSeconds(), language)));
        }
        if (!dosage.phases().isEmpty()) {
            work.add(phases(dosage.phases(), language));
        }
        if (dosage.durationSeconds() != null) {
            work.add(seconds(dosage.durationSeconds(), language));
        }
        String volume = String.join(", ", work);
        if (dosage.sets() != null) {
            String sets = text(language, "sets", "sets", dosage.sets().toString(), "upper", dosage.sets().upper());
            volume = volume.isEmpty() ? sets : text(language, "setsOf", "sets", sets, "work", volume);
        }
        volume = switch (dosage.sides()) {
            case BOTH -> volume;
            case EACH -> text(language, "eachSide", "work", volume);
            // reps alternate and count per side; a timed move just switches as it goes
            case ALTERNATING -> text(language, dosage.reps() == null ? "alternatingSides" : "eachSideAlternating",
                    "work", volume);
        };

        List<String> parts = new ArrayList<>();
        parts.add(volume);
        String frequency = frequency(dosage, language);
        if (!frequency.isEmpty()) {
            parts.add(frequency);
        }
        if (dosage.restSeconds() != null) {
            parts.add(text(language, "rest", "time", seconds(Range.of(dosage.restSeconds()), language)));
        }
        if (dosage.load() != null) {
            parts.add(dosage.load());
        }
        return String.join(" · ", parts);
    }

    /** A circuit's rounds: "2 rounds", "1-2 rounds". */
    static String rounds(Range sets, Language language) {
        return text(language, "rounds", "rounds", sets.toString(), "upper", sets.upper());
    }

    /**
     * "hold the bridge 3-5 s, then extend one knee and hold 5-10 s". The labels are the PT's own
     * words: only English lowers their first letter inside the sentence (German nouns keep theirs).
     */
    private static String phases(List<Phase> phases, Language language) {
        String text = null;
        for (Phase phase : phases) {
            // inside a sentence, as English and Spanish write it; German nouns keep their capital
            String label = language == Language.GERMAN ? phase.label() : lowerFirst(phase.label());
            String one = phase.seconds() == null ? label
                    : text(language, "phase", "label", label, "time", seconds(phase.seconds(), language));
            text = text == null ? one : text(language, "phase.then", "before", text, "next", one);
        }
        return text;
    }

    private static String frequency(Dosage dosage, Language language) {
        List<String> parts = new ArrayList<>();
        if (dosage.timesPerDay() != null) {
            Range times = dosage.timesPerDay();
            parts.add(times.isRange() ? text(language, "timesPerDay.range", "times", times.toString())
                    : text(language, "timesPerDay", "times", times.min()));
        }
        if (dosage.daysPerWeek() != null) {
            parts.add(dosage.daysPerWeek() == 7 ? text(language, "everyDay")
                    : text(language, "daysPerWeek", "days", dosage.daysPerWeek()));
        } else if (!dosage.weekdays().isEmpty()) {
            parts.add(dosage.weekdays().size() == 7 ? text(language, "everyDay") : dosage.weekdays().stream()
                    .sorted()
                    .map(day -> weekday(day, language))
                    .collect(Collectors.joining(", ")));
        }
        return String.join(", ", parts);
    }

    /** As {@link Formats#weekday}, in the given language when it is not the current one (a handout). */
    private static String weekday(DayOfWeek day, Language language) {
        return language == Text.language() ? Formats.weekday(day) : day.getDisplayName(TextStyle.SHORT,
                language.locale());
    }

    /** "Hold the bridge" reads "hold the bridge" inside a sentence; "ITB roll" stays as written. */
    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /** "45 s", "20-30 s", "2 min", "1 min 30 s", "1-2 min", "1 min 30 s to 2 min 30 s". */
    static String seconds(Range range, Language language) {
        if (range.isRange()) {
            if (range.min() % 60 == 0 && range.max() % 60 == 0) {
                return text(language, "minutes", "value", range.min() / 60 + "-" + range.max() / 60);
            }
            if (range.max() <= 120) {
                return text(language, "seconds", "value", range.toString());
            }
            return text(language, "timeSpan", "from", seconds(Range.of(range.min()), language),
                    "to", seconds(Range.of(range.max()), language));
        }
        int value = range.min();
        if (value < 60) {
            return text(language, "seconds", "value", Integer.toString(value));
        }
        int minutes = value / 60;
        int rest = value % 60;
        return rest == 0 ? text(language, "minutes", "value", Integer.toString(minutes))
                : text(language, "minutesSeconds", "minutes", Integer.toString(minutes),
                "seconds", Integer.toString(rest));
    }

    private static String text(Language language, String name, Object... namesAndValues) {
        return Text.get(language, KEY + name, namesAndValues);
    }
}
