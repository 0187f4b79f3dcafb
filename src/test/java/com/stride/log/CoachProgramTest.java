package com.stride.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.catalogue.Dosage;
import com.stride.catalogue.Phase;
import com.stride.catalogue.Range;
import com.stride.catalogue.Sides;
import com.stride.log.CoachProgram.Kind;
import com.stride.log.CoachProgram.Step;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coach timer's steps for a dose, computed by hand for each case. */
class CoachProgramTest {

    @Test
    void twoSetsOfTenHeldRepsEachSideWithRest() {
        Dosage dose = Dosage.builder().sets(Range.of(2)).reps(Range.of(10)).hold(Range.of(5)).sides(Sides.EACH)
                .rest(30).build();
        List<Step> steps = CoachProgram.of(dose, "Side plank");

        List<String> expected = new ArrayList<>();
        expected.add("READY Get ready 5");
        for (int set = 1; set <= 2; set++) {
            for (String side : List.of("Left", "Right")) {
                if (side.equals("Right")) {
                    expected.add("PAUSE Switch sides 5");
                }
                for (int rep = 1; rep <= 10; rep++) {
                    if (rep > 1) {
                        expected.add("PAUSE Relax 3");
                    }
                    expected.add("WORK Set " + set + " of 2 · Rep " + rep + " of 10 · " + side + " 5");
                }
            }
            if (set == 1) {
                expected.add("PAUSE Rest 30");
            }
        }
        assertThat(steps).extracting(step -> step.kind() + " " + step.headline() + " " + step.seconds())
                .containsExactlyElementsOf(expected);
        assertThat(steps).hasSize(80);
        assertThat(CoachProgram.totalSeconds(steps)).isEqualTo(5 + 2 * (20 * 5 + 18 * 3 + 5) + 30);
        // each set is complete with its last right-side rep
        assertThat(steps).filteredOn(step -> step.completesSet() > 0)
                .extracting(step -> step.headline() + " completes " + step.completesSet())
                .containsExactly("Set 1 of 2 · Rep 10 of 10 · Right completes 1",
                        "Set 2 of 2 · Rep 10 of 10 · Right completes 2");
        assertThat(steps.get(1).detail()).isEqualTo("Hold");
        assertThat(steps.get(1).speech()).isEqualTo("Rep 1, left side. Hold");
        assertThat(steps.getFirst().speech()).isEqualTo("Get ready: Side plank");
    }

    @Test
    void theBridgeWithExtensionRunsItsTwoPhasesAlternatingLegs() {
        Dosage dose = Dosage.builder().reps(Range.of(10, 12)).sides(Sides.ALTERNATING)
                .phases(List.of(new Phase("Hold the bridge", Range.of(3, 5)),
                        new Phase("Extend one knee and hold", Range.of(5, 10)))).build();
        List<Step> steps = CoachProgram.of(dose, "Glute bridge with single-leg extension");

        assertThat(steps.subList(0, 8)).extracting(step -> step.headline() + " | " + step.detail() + " | "
                + step.seconds()).containsExactly(
                "Get ready | Glute bridge with single-leg extension | 5",
                "Rep 1 of 10 · Left | Hold the bridge | 5",
                "Rep 1 of 10 · Left | Extend one knee and hold | 10",
                "Relax | Next rep coming | 3",
                "Rep 1 of 10 · Right | Hold the bridge | 5",
                "Rep 1 of 10 · Right | Extend one knee and hold | 10",
                "Relax | Next rep coming | 3",
                "Rep 2 of 10 · Left | Hold the bridge | 5");
        // ten reps, two legs, two phases: 40 holds, 19 relaxes, the start
        assertThat(steps).hasSize(60);
        assertThat(CoachProgram.totalSeconds(steps)).isEqualTo(5 + 20 * 15 + 19 * 3);
        assertThat(steps.getLast().headline()).isEqualTo("Rep 10 of 10 · Right");
        assertThat(steps.getLast().completesSet()).isEqualTo(1);
    }

    @Test
    void untimedRepsWaitForTheRunnerAndRestHasADefault() {
        Dosage dose = Dosage.builder().sets(Range.of(3)).reps(Range.of(8, 10)).sides(Sides.EACH).build();
        List<Step> steps = CoachProgram.of(dose, "Reverse lunge");

        assertThat(steps).extracting(step -> step.kind() + " " + step.headline() + " " + step.seconds())
                .containsExactly("READY Get ready 5",
                        "COUNT Set 1 of 3 · Left null", "PAUSE Switch sides 5", "COUNT Set 1 of 3 · Right null",
                        "PAUSE Rest " + CoachProgram.DEFAULT_REST_SECONDS,
                        "COUNT Set 2 of 3 · Left null", "PAUSE Switch sides 5", "COUNT Set 2 of 3 · Right null",
                        "PAUSE Rest " + CoachProgram.DEFAULT_REST_SECONDS,
                        "COUNT Set 3 of 3 · Left null", "PAUSE Switch sides 5", "COUNT Set 3 of 3 · Right null");
        assertThat(steps.get(1).detail()).isEqualTo("8 reps, then tap Next");
        // counted reps at 3 s each for the estimate: 3 sets of (8 + 8) reps and a switch, two rests
        assertThat(CoachProgram.estimatedSeconds(steps)).isEqualTo(5 + 3 * (8 * 3 + 5 + 8 * 3) + 2 * 30);
    }

    @Test
    void timedMovesAlternatingOrBothTogetherRunOnceAndEachSideRunsTwice() {
        Dosage march = Dosage.builder().sets(Range.of(1, 2)).duration(Range.of(30, 60)).sides(Sides.ALTERNATING)
                .build();
        assertThat(CoachProgram.of(march, "Glute bridge march")).extracting(step -> step.headline() + " | "
                + step.detail() + " | " + step.seconds()).containsExactly(
                "Get ready | Glute bridge march | 5", "Go | Keep moving, alternating sides | 60");

        Dosage stretch = Dosage.builder().hold(Range.of(30)).sides(Sides.EACH).build();
        assertThat(CoachProgram.of(stretch, "Calf stretch")).extracting(step -> step.headline() + " "
                + step.seconds()).containsExactly("Get ready 5", "Left 30", "Switch sides 5", "Right 30");

        Dosage together = Dosage.builder().reps(Range.of(12)).build();
        assertThat(CoachProgram.of(together, "Squat")).extracting(Step::kind)
                .containsExactly(Kind.READY, Kind.COUNT);
    }

    @Test
    void aCircuitRunsEveryMoveInTurnRoundAfterRound() {
        List<CoachProgram.Move> moves = List.of(
                new CoachProgram.Move("90/90 hip switches", Dosage.builder().sets(Range.of(2))
                        .duration(Range.of(30, 60)).sides(Sides.ALTERNATING).build()),
                new CoachProgram.Move("World's greatest stretch", Dosage.builder().sets(Range.of(2))
                        .duration(Range.of(30, 60)).sides(Sides.EACH).build()));
        List<Step> steps = CoachProgram.circuit(moves, Range.of(2));

        assertThat(steps).extracting(step -> step.kind() + " " + step.headline() + " " + step.seconds() + " "
                + step.completesSet()).containsExactly(
                "READY Get ready 5 0",
                "WORK Round 1 of 2 · 90/90 hip switches 60 0",
                "PAUSE Next move 5 0",
                "WORK Round 1 of 2 · World's greatest stretch · Left 60 0",
                "PAUSE Switch sides 5 0",
                "WORK Round 1 of 2 · World's greatest stretch · Right 60 1",
                "PAUSE Rest 30 0",
                "WORK Round 2 of 2 · 90/90 hip switches 60 0",
                "PAUSE Next move 5 0",
                "WORK Round 2 of 2 · World's greatest stretch · Left 60 0",
                "PAUSE Switch sides 5 0",
                "WORK Round 2 of 2 · World's greatest stretch · Right 60 2");
        assertThat(steps.get(1).speech()).isEqualTo("90/90 hip switches. Keep moving, alternating sides");
        assertThat(steps.get(2).detail()).isEqualTo("World's greatest stretch");
    }

    @Test
    void aDoseWithNothingToTimeHasNoSteps() {
        assertThat(CoachProgram.of(Dosage.builder().sets(Range.of(2)).build(), "Nothing")).isEmpty();
    }
}
