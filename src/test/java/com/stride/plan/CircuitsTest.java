package com.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.i18n.Text;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.Range;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The circuit rules, each case computed by hand: circuits are runs of items with equal rounds. */
class CircuitsTest {

    private static PlanItemDraft move(Integer circuit, Integer setsMin, Integer setsMax) {
        Dosage.Builder dose = Dosage.builder().duration(Range.of(30, 60));
        if (setsMin != null) {
            dose.sets(setsMax == null ? Range.of(setsMin) : Range.of(setsMin, setsMax));
        }
        return new PlanItemDraft(1, dose.build(), circuit);
    }

    private static java.util.Map<String, String> problems(PlanItemDraft... items) {
        return Circuits.check(Arrays.asList(items)).asMap();
    }

    @Test
    void aRunOfMovesWithTheSameRoundsIsACircuit() {
        assertThat(problems(move(1, 1, 2), move(1, 1, 2), move(1, 1, 2), move(null, null, null))).isEmpty();
        assertThat(problems(move(null, 3, null), move(1, 2, null), move(1, 2, null), move(2, 1, null),
                move(2, 1, null))).isEmpty();
        assertThat(problems()).isEmpty();
    }

    @Test
    void movesOfACircuitMustBeNextToEachOther() {
        assertThat(problems(move(1, 2, null), move(1, 2, null), move(null, null, null), move(1, 2, null)))
                .containsExactly(java.util.Map.entry("items[3].circuit", Text.get(Circuits.NEXT_TO_EACH_OTHER)));
    }

    @Test
    void aCircuitHasTwoMovesOrMore() {
        assertThat(problems(move(null, null, null), move(2, 2, null), move(null, null, null)))
                .containsExactly(java.util.Map.entry("items[1].circuit", Text.get(Circuits.TWO_MOVES)));
    }

    @Test
    void everyMoveHasTheCircuitsRounds() {
        assertThat(problems(move(1, 1, 2), move(1, 2, null), move(1, null, null))).containsExactly(
                java.util.Map.entry("items[1].sets", Text.get(Circuits.SAME_ROUNDS)),
                java.util.Map.entry("items[2].sets", Text.get(Circuits.ROUNDS_NEEDED)));
    }

    @Test
    void everyMoveIsDueWhenTheCircuitIs() {
        PlanItemDraft daily = move(1, 2, null);
        PlanItemDraft twiceADay = new PlanItemDraft(1, daily.dosage().toBuilder().timesPerDay(Range.of(2)).build(), 1);
        PlanItemDraft threeDays = new PlanItemDraft(1, daily.dosage().toBuilder().daysPerWeek(3).build(), 1);
        assertThat(problems(daily, twiceADay, threeDays)).containsExactly(
                java.util.Map.entry("items[1].timesPerDay", Text.get(Circuits.SAME_SCHEDULE)),
                java.util.Map.entry("items[2].daysPerWeek", Text.get(Circuits.SAME_SCHEDULE)));
        assertThat(problems(threeDays, threeDays)).isEmpty();
        // as the schedule reads them: unset is once a day, every day; 1-2 times a day is due once
        PlanItemDraft onceEveryDay = new PlanItemDraft(1, daily.dosage().toBuilder().timesPerDay(Range.of(1, 2))
                .daysPerWeek(7).build(), 1);
        assertThat(problems(daily, onceEveryDay)).isEmpty();
    }

    @Test
    void circuitNumbersStopAtTheLimit() {
        assertThat(problems(move(PlanLimits.CIRCUITS_MAX + 1, 1, null), move(PlanLimits.CIRCUITS_MAX + 1, 1, null)))
                .containsEntry("items[0].circuit", "Use circuit 1 to " + PlanLimits.CIRCUITS_MAX)
                .containsEntry("items[1].circuit", "Use circuit 1 to " + PlanLimits.CIRCUITS_MAX);
        assertThat(problems(move(0, 1, null), move(0, 1, null))).containsKeys("items[0].circuit");
        assertThat(List.of(Dosage.builder().sets(Range.of(1, 2)).build().rounds(),
                Dosage.builder().sets(Range.of(1)).build().rounds(), Dosage.builder().build().rounds()))
                .containsExactly("1-2 rounds", "1 round", "");
    }
}
