package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DosageSummaryTest {

    @Test
    void theBriefsExampleReadsAsWritten() {
        Dosage dosage = Dosage.builder().sets(Range.of(2)).reps(Range.of(10, 12)).hold(Range.of(5)).perSide(true)
                .timesPerDay(Range.of(2)).daysPerWeek(7).build();

        assertThat(dosage.summary()).isEqualTo("2 sets × 10-12 reps, hold 5 s, each side · twice a day, every day");
    }

    @Test
    void singularsAndFrequencies() {
        assertThat(Dosage.builder().sets(Range.of(1)).reps(Range.of(1)).timesPerDay(Range.of(1)).daysPerWeek(1)
                .build().summary()).isEqualTo("1 set × 1 rep · once a day, 1 day a week");
        assertThat(Dosage.builder().reps(Range.of(8)).timesPerDay(Range.of(3)).daysPerWeek(4).build().summary())
                .isEqualTo("8 reps · 3 times a day, 4 days a week");
        assertThat(Dosage.builder().reps(Range.of(10, 12)).timesPerDay(Range.of(2, 3)).build().summary())
                .isEqualTo("10-12 reps · 2-3 times a day");
    }

    @Test
    void namedWeekdaysAreListedInWeekOrder() {
        Dosage dosage = Dosage.builder().sets(Range.of(3)).reps(Range.of(8, 10)).perSide(true)
                .weekdays(Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)).build();

        assertThat(dosage.summary()).isEqualTo("3 sets × 8-10 reps, each side · Mon, Wed, Fri");
        assertThat(dosage.toBuilder().weekdays(Set.of(DayOfWeek.values())).build().summary())
                .endsWith("· every day");
    }

    @Test
    void secondsBecomeMinutesWhereThatReadsBetter() {
        assertThat(Dosage.builder().duration(Range.of(30, 60)).build().summary()).isEqualTo("30-60 s");
        assertThat(Dosage.builder().duration(Range.of(120)).build().summary()).isEqualTo("2 min");
        assertThat(Dosage.builder().duration(Range.of(90)).build().summary()).isEqualTo("1 min 30 s");
        assertThat(Dosage.builder().duration(Range.of(60, 120)).build().summary()).isEqualTo("1-2 min");
        assertThat(Dosage.builder().duration(Range.of(90, 150)).build().summary()).isEqualTo("1 min 30 s to 2 min 30 s");
        assertThat(Dosage.builder().reps(Range.of(3)).hold(Range.of(20, 30)).build().summary())
                .isEqualTo("3 reps, hold 20-30 s");
    }

    @Test
    void restAndLoadFollowTheVolume() {
        Dosage dosage = Dosage.builder().sets(Range.of(3)).reps(Range.of(12)).rest(60).load("red band")
                .note("Keep your knee over your toes").build();

        assertThat(dosage.summary()).isEqualTo("3 sets × 12 reps · rest 1 min between sets · red band");
    }

    /** Issue 15: each side, alternating and both together read differently; phases read in order. */
    @Test
    void sidesAndPhasesAreSaidInWords() {
        Dosage.Builder march = Dosage.builder().sets(Range.of(2)).reps(Range.of(10));
        assertThat(march.sides(Sides.BOTH).build().summary()).isEqualTo("2 sets × 10 reps");
        assertThat(march.sides(Sides.EACH).build().summary()).isEqualTo("2 sets × 10 reps, each side");
        assertThat(march.sides(Sides.ALTERNATING).build().summary())
                .isEqualTo("2 sets × 10 reps, each side, alternating");
        assertThat(Dosage.builder().sets(Range.of(1, 2)).duration(Range.of(30, 60)).sides(Sides.ALTERNATING).build()
                .summary()).isEqualTo("1-2 sets × 30-60 s, alternating sides");

        Dosage bridge = Dosage.builder().reps(Range.of(10, 12)).sides(Sides.ALTERNATING).timesPerDay(Range.of(2, 3))
                .phases(List.of(new Phase("Hold the bridge", Range.of(3, 5)),
                        new Phase("Extend one knee and hold", Range.of(5, 10)))).build();
        assertThat(bridge.summary()).isEqualTo("10-12 reps, hold the bridge 3-5 s, then extend one knee and hold "
                + "5-10 s, each side, alternating · 2-3 times a day");
        assertThat(DosageSummary.lowerFirst("ITB roll")).isEqualTo("ITB roll");
        assertThat(DosageSummary.lowerFirst("Ölberg")).isEqualTo("ölberg");
    }

    @Test
    void aRangeWithEqualEndsIsASingleValue() {
        assertThat(Range.of(10, 10)).isEqualTo(Range.of(10));
        assertThat(Range.of(10, 10).toString()).isEqualTo("10");
    }

    @Test
    void weekdaysSurviveStorage() {
        Set<DayOfWeek> days = Set.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, DayOfWeek.THURSDAY);

        assertThat(StoredDosage.fromBits(StoredDosage.toBits(days))).isEqualTo(days);
        assertThat(StoredDosage.toBits(Set.of(DayOfWeek.values()))).isEqualTo(127);
    }
}
