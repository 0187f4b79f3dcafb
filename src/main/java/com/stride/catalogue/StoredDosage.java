package com.stride.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Dosage} as database columns. The exercise table (default dosage) and the plan item
 * table use the same column names and the same CHECK constraints.
 */
@Embeddable
public class StoredDosage {

    @Column(name = "sets_min")
    private @Nullable Integer setsMin;
    @Column(name = "sets_max")
    private @Nullable Integer setsMax;
    @Column(name = "reps_min")
    private @Nullable Integer repsMin;
    @Column(name = "reps_max")
    private @Nullable Integer repsMax;
    @Column(name = "hold_min_s")
    private @Nullable Integer holdMin;
    @Column(name = "hold_max_s")
    private @Nullable Integer holdMax;
    @Column(name = "duration_min_s")
    private @Nullable Integer durationMin;
    @Column(name = "duration_max_s")
    private @Nullable Integer durationMax;
    @Enumerated(EnumType.STRING)
    @Column(name = "sides", nullable = false, length = 11)
    private Sides sides = Sides.BOTH;
    @Column(name = "times_per_day_min")
    private @Nullable Integer timesPerDayMin;
    @Column(name = "times_per_day_max")
    private @Nullable Integer timesPerDayMax;
    @Column(name = "days_per_week")
    private @Nullable Integer daysPerWeek;
    /** Bit 0 = Monday ... bit 6 = Sunday. */
    @Column(name = "weekdays")
    private @Nullable Integer weekdays;
    @Column(name = "rest_s")
    private @Nullable Integer restSeconds;
    @Column(name = "load_text", length = DosageLimits.LOAD_MAX_LENGTH)
    private @Nullable String load;
    @Column(name = "dose_note", length = DosageLimits.NOTE_MAX_LENGTH)
    private @Nullable String note;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "phase_labels", nullable = false, columnDefinition = "text[]")
    private List<String> phaseLabels = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "phase_min_s", nullable = false, columnDefinition = "integer[]")
    private List<Integer> phaseMin = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "phase_max_s", nullable = false, columnDefinition = "integer[]")
    private List<Integer> phaseMax = new ArrayList<>();

    protected StoredDosage() {
    }

    public static StoredDosage from(Dosage dosage) {
        StoredDosage stored = new StoredDosage();
        stored.setsMin = min(dosage.sets());
        stored.setsMax = max(dosage.sets());
        stored.repsMin = min(dosage.reps());
        stored.repsMax = max(dosage.reps());
        stored.holdMin = min(dosage.holdSeconds());
        stored.holdMax = max(dosage.holdSeconds());
        stored.durationMin = min(dosage.durationSeconds());
        stored.durationMax = max(dosage.durationSeconds());
        stored.sides = dosage.sides();
        stored.timesPerDayMin = min(dosage.timesPerDay());
        stored.timesPerDayMax = max(dosage.timesPerDay());
        stored.daysPerWeek = dosage.daysPerWeek();
        stored.weekdays = toBits(dosage.weekdays());
        stored.restSeconds = dosage.restSeconds();
        stored.load = dosage.load();
        stored.note = dosage.note();
        for (Phase phase : dosage.phases()) {
            stored.phaseLabels.add(phase.label());
            stored.phaseMin.add(phase.seconds().min());
            stored.phaseMax.add(phase.seconds().max());
        }
        return stored;
    }

    public Dosage toDosage() {
        return new Dosage(Range.ofNullable(setsMin, setsMax), Range.ofNullable(repsMin, repsMax),
                Range.ofNullable(holdMin, holdMax), Range.ofNullable(durationMin, durationMax), sides,
                Range.ofNullable(timesPerDayMin, timesPerDayMax), daysPerWeek, fromBits(weekdays), restSeconds,
                load, note, phases(phaseLabels, phaseMin, phaseMax));
    }

    /** The three parallel arrays of V11 as phases. */
    static List<Phase> phases(List<String> labels, List<Integer> min, List<Integer> max) {
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            phases.add(new Phase(labels.get(i), Range.ofNullable(min.get(i), max.get(i))));
        }
        return List.copyOf(phases);
    }

    static Integer toBits(Set<DayOfWeek> days) {
        if (days == null || days.isEmpty()) {
            return null;
        }
        int bits = 0;
        for (DayOfWeek day : days) {
            bits |= 1 << (day.getValue() - 1);
        }
        return bits;
    }

    static Set<DayOfWeek> fromBits(Integer bits) {
        if (bits == null || bits == 0) {
            return Set.of();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((bits & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }

    private static Integer min(Range range) {
        return range == null ? null : range.min();
    }

    private static Integer max(Range range) {
        return range == null ? null : range.max();
    }
}
