package com.stride.catalogue;

import com.stride.i18n.Language;
import com.stride.i18n.Text;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How much of an exercise, how often: everything a PT writes on a prescription, as values rather
 * than free text. Used for a catalogue exercise's default and for every plan item.
 *
 * @param sets            sets or rounds, a number or a range
 * @param reps            repetitions, a number or a range
 * @param holdSeconds     how long each repetition is held
 * @param durationSeconds how long a timed move lasts
 * @param sides           how the sides are worked: both together, each side or alternating
 * @param phases          the steps of a rep held in phases (then no single hold); empty for none
 * @param timesPerDay     sessions a day, a number or a range
 * @param daysPerWeek     days a week (or use {@code weekdays}, not both)
 * @param weekdays        named weekdays; empty when not used
 * @param restSeconds     rest between sets
 * @param load            load or band, e.g. "red band"
 * @param note            the PT's note to the runner
 */
public record Dosage(
        @Nullable Range sets,
        @Nullable Range reps,
        @Nullable Range holdSeconds,
        @Nullable Range durationSeconds,
        Sides sides,
        @Nullable Range timesPerDay,
        @Nullable Integer daysPerWeek,
        Set<DayOfWeek> weekdays,
        @Nullable Integer restSeconds,
        @Nullable String load,
        @Nullable String note,
        List<Phase> phases) {

    public Dosage {
        sides = sides == null ? Sides.BOTH : sides;
        phases = phases == null ? List.of() : List.copyOf(phases);
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        load = blankToNull(load);
        note = blankToNull(note);
    }

    /** The same dosage with another note (the same one in another language). */
    public Dosage withNote(@Nullable String other) {
        return new Dosage(sets, reps, holdSeconds, durationSeconds, sides, timesPerDay, daysPerWeek, weekdays,
                restSeconds, load, other, phases);
    }

    /** The same dosage with other phases (the same ones in another language). */
    public Dosage withPhases(List<Phase> other) {
        return new Dosage(sets, reps, holdSeconds, durationSeconds, sides, timesPerDay, daysPerWeek, weekdays,
                restSeconds, load, note, other);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().sets(sets).reps(reps).hold(holdSeconds).duration(durationSeconds).sides(sides)
                .timesPerDay(timesPerDay).daysPerWeek(daysPerWeek).weekdays(weekdays).rest(restSeconds)
                .load(load).note(note).phases(phases);
    }

    /** The work is done on each side (each or alternating): still one exercise. */
    public boolean perSide() {
        return sides.perSide();
    }

    /** The plain-language summary shown everywhere this dosage appears, in the current language. */
    public String summary() {
        return summary(Text.locale());
    }

    /** The summary in a given reader's language (a handout, an email). */
    public String summary(Locale locale) {
        return DosageSummary.of(this, Language.orEnglish(locale));
    }

    /** The summary of a move in a circuit, whose sets are the circuit's rounds and said once for it. */
    public String summaryInCircuit() {
        return summaryInCircuit(Text.locale());
    }

    public String summaryInCircuit(Locale locale) {
        return DosageSummary.of(toBuilder().sets(null).build(), Language.orEnglish(locale));
    }

    /** The sets as a circuit's rounds: "2 rounds", "1-2 rounds"; empty when not set. */
    public String rounds() {
        return rounds(Text.locale());
    }

    public String rounds(Locale locale) {
        return sets == null ? "" : DosageSummary.rounds(sets, Language.orEnglish(locale));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Step-by-step construction; unset parts stay empty. */
    public static final class Builder {
        private Range sets;
        private Range reps;
        private Range hold;
        private Range duration;
        private Sides sides = Sides.BOTH;
        private List<Phase> phases = List.of();
        private Range timesPerDay;
        private Integer daysPerWeek;
        private Set<DayOfWeek> weekdays = Set.of();
        private Integer rest;
        private String load;
        private String note;

        public Builder sets(Range value) {
            sets = value;
            return this;
        }

        public Builder reps(Range value) {
            reps = value;
            return this;
        }

        public Builder hold(Range value) {
            hold = value;
            return this;
        }

        public Builder duration(Range value) {
            duration = value;
            return this;
        }

        /** Each side (true) or both together (false); see {@link #sides} for alternating. */
        public Builder perSide(boolean value) {
            sides = value ? Sides.EACH : Sides.BOTH;
            return this;
        }

        public Builder sides(Sides value) {
            sides = value;
            return this;
        }

        public Builder phases(List<Phase> value) {
            phases = value;
            return this;
        }

        public Builder timesPerDay(Range value) {
            timesPerDay = value;
            return this;
        }

        public Builder daysPerWeek(Integer value) {
            daysPerWeek = value;
            return this;
        }

        public Builder weekdays(Set<DayOfWeek> value) {
            weekdays = value;
            return this;
        }

        public Builder rest(Integer value) {
            rest = value;
            return this;
        }

        public Builder load(String value) {
            load = value;
            return this;
        }

        public Builder note(String value) {
            note = value;
            return this;
        }

        public Dosage build() {
            return new Dosage(sets, reps, hold, duration, sides, timesPerDay, daysPerWeek, weekdays, rest, load,
                    note, phases);
        }
    }
}
