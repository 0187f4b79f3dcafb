package com.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.catalogue.Category;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.ExerciseStep;
import com.stride.catalogue.Range;
import com.stride.plan.Suggestion.Direction;
import com.stride.plan.Suggestion.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The progression rule against hand-computed cases: each row is a fortnight of evidence for one
 * exercise (sessions due and done, the pain scores during them, the mornings after) and the one
 * suggestion a PT following the pain-monitoring model would expect, or none.
 */
class ProgressionTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 18);
    private static final LocalDate TO = LocalDate.of(2026, 12, 1);
    private static final Progression RULE = new Progression(ProgressionSettings.defaults());

    private static final Dosage RANGE = Dosage.builder().sets(Range.of(2)).reps(Range.of(10, 12)).build();
    private static final Dosage TOP = Dosage.builder().sets(Range.of(2)).reps(Range.of(12)).build();
    private static final Dosage THREE_SETS = Dosage.builder().sets(Range.of(3)).reps(Range.of(12)).build();
    private static final Dosage HOLD = Dosage.builder().sets(Range.of(3)).reps(Range.of(5)).hold(Range.of(30)).build();
    private static final Dosage ONE_SET = Dosage.builder().sets(Range.of(1)).reps(Range.of(12)).build();
    private static final Dosage EASIER_DEFAULT = Dosage.builder().sets(Range.of(2)).reps(Range.of(10, 12))
            .daysPerWeek(7).build();
    private static final Dosage HARDER_DEFAULT = Dosage.builder().sets(Range.of(2)).reps(Range.of(8)).build();

    private static final ExerciseStep.Neighbour EASIER = new ExerciseStep.Neighbour(1, "Glute bridge",
            Category.STRENGTHENING, false, true, EASIER_DEFAULT);
    private static final ExerciseStep.Neighbour HARDER = new ExerciseStep.Neighbour(3, "Single-leg bridge",
            Category.STRENGTHENING, false, true, HARDER_DEFAULT);
    private static final ExerciseStep CHAIN = new ExerciseStep(2, EASIER, HARDER);
    private static final ExerciseStep NO_CHAIN = new ExerciseStep(2, null, null);

    /**
     * A fortnight: {@code due} sessions, {@code done} of them done with the given scores during
     * ({@code null} when not given) and mornings after ({@code null} when not answered).
     */
    private static ItemEvidence fortnight(int due, List<@Nullable Integer> during, List<@Nullable Integer> mornings) {
        List<Integer> scores = during.stream().filter(java.util.Objects::nonNull).toList();
        int answered = 0;
        int worse = 0;
        for (int i = 0; i < mornings.size(); i++) {
            if (mornings.get(i) != null && during.get(i) != null) {
                answered++;
                if (mornings.get(i) - during.get(i) >= 2) {
                    worse++;
                }
            }
        }
        return new ItemEvidence(FROM, TO, due, during.size(), during.size(), scores.size(),
                scores.stream().max(Integer::compare).orElse(null), scores.stream().min(Integer::compare).orElse(null),
                answered, worse, 0, Instant.parse("2026-12-01T18:00:00Z"));
    }

    private static List<@Nullable Integer> list(@Nullable Integer... values) {
        return java.util.Arrays.asList(values);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, dosage, category, evidence, chain, expected direction, step, new exercise, new dose
                Arguments.of("safe, settled, all done: to the top of 10-12 first", RANGE, Category.STRENGTHENING,
                        fortnight(6, list(1, 2, 2, 3, 1, 2), list(1, 2, null, 3, 1, 2)), CHAIN,
                        Direction.PROGRESS, Step.TOP_OF_RANGE, 2L, TOP),
                Arguments.of("at the top: one more set", TOP, Category.STRENGTHENING,
                        fortnight(6, list(0, 1, 1, 2, 0, 1), list(0, 1, 1, 2, 0, 1)), CHAIN,
                        Direction.PROGRESS, Step.MORE_SETS, 2L, THREE_SETS),
                Arguments.of("at three sets of 12: the harder exercise at its own dose", THREE_SETS,
                        Category.STRENGTHENING, fortnight(6, list(0, 1, 1, 2, 0, 1), list()), CHAIN,
                        Direction.PROGRESS, Step.HARDER_EXERCISE, 3L, HARDER_DEFAULT),
                Arguments.of("three sets with a 30 s hold: the hold lengthens to 40 s", HOLD, Category.STRENGTHENING,
                        fortnight(6, list(2, 2, 2, 2, 2, 2), list()), CHAIN,
                        Direction.PROGRESS, Step.LONGER_HOLD, 2L, HOLD.toBuilder().hold(Range.of(40)).build()),
                Arguments.of("a 3 is still safe: progress", TOP, Category.STRENGTHENING,
                        fortnight(4, list(3, 3, 3, 3), list(3, 3, 3, 3)), NO_CHAIN,
                        Direction.PROGRESS, Step.MORE_SETS, 2L, THREE_SETS),
                Arguments.of("one 4 in the fortnight: acceptable, but no step up", TOP, Category.STRENGTHENING,
                        fortnight(6, list(1, 2, 4, 2, 1, 2), list()), CHAIN, null, null, null, null),
                Arguments.of("only 4 of 6 done (67 % < 75 %): no step up", TOP, Category.STRENGTHENING,
                        fortnight(6, list(1, 1, 1, 1), list()), CHAIN, null, null, null, null),
                Arguments.of("2 sessions with a score (< 3): too little evidence", TOP, Category.STRENGTHENING,
                        fortnight(2, list(1, 1), list()), CHAIN, null, null, null, null),
                Arguments.of("done but no pain scores: no step up", TOP, Category.STRENGTHENING,
                        fortnight(4, list(null, null, null, null), list()), CHAIN, null, null, null, null),
                Arguments.of("a stretch is not progressed", TOP, Category.STRETCH,
                        fortnight(6, list(1, 1, 1, 1, 1, 1), list()), CHAIN, null, null, null, null),
                Arguments.of("a 6 once: ease off to the lower end of 10-12", RANGE, Category.STRENGTHENING,
                        fortnight(5, list(2, 3, 6, 2, 2), list()), CHAIN,
                        Direction.EASE_OFF, Step.LOWER_END, 2L, Dosage.builder().sets(Range.of(2)).reps(Range.of(10)).build()),
                Arguments.of("a 7, no range: the easier exercise, on this item's schedule", TOP, Category.STRENGTHENING,
                        fortnight(5, list(2, 7), list()), CHAIN,
                        Direction.EASE_OFF, Step.EASIER_EXERCISE, 1L, EASIER_DEFAULT.toBuilder().daysPerWeek(null).build()),
                Arguments.of("a 7, no range, no easier exercise: a set fewer", TOP, Category.STRENGTHENING,
                        fortnight(5, list(7), list()), NO_CHAIN,
                        Direction.EASE_OFF, Step.FEWER_SETS, 2L, ONE_SET),
                Arguments.of("a 5 is not too much", TOP, Category.STRENGTHENING,
                        fortnight(6, list(5, 5, 4), list(5, 5, 5)), CHAIN, null, null, null, null),
                Arguments.of("a morning 2 points worse (3 then 5): ease off, even a stretch", RANGE, Category.STRETCH,
                        fortnight(6, list(3, 2, 2, 2, 2, 2), list(5, 2, 2, 2, 2, 2)), CHAIN,
                        Direction.EASE_OFF, Step.LOWER_END, 2L, Dosage.builder().sets(Range.of(2)).reps(Range.of(10)).build()),
                Arguments.of("a morning 1 point worse is noise: progress", RANGE, Category.STRENGTHENING,
                        fortnight(6, list(1, 1, 1, 1, 1, 1), list(2, 2, 2, 2, 2, 2)), CHAIN,
                        Direction.PROGRESS, Step.TOP_OF_RANGE, 2L, TOP),
                Arguments.of("at one set and nothing easier: nothing to suggest", ONE_SET, Category.STRENGTHENING,
                        fortnight(3, list(8), list()), NO_CHAIN, null, null, null, null),
                Arguments.of("nothing done: nothing to say", TOP, Category.STRENGTHENING,
                        fortnight(6, list(), list()), CHAIN, null, null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void suggestsWhatTheModelSays(String name, Dosage dosage, Category category, ItemEvidence evidence,
                                  ExerciseStep chain, @Nullable Direction direction, @Nullable Step step,
                                  @Nullable Long exercise, @Nullable Dosage to) {
        Optional<Suggestion> suggestion = RULE.suggest(7, 3, item(dosage, category, null), evidence, chain);
        if (direction == null) {
            assertThat(suggestion).as(name).isEmpty();
            return;
        }
        assertThat(suggestion).as(name).isPresent();
        assertThat(suggestion.get().direction()).isEqualTo(direction);
        assertThat(suggestion.get().step()).isEqualTo(step);
        assertThat(suggestion.get().newExerciseId()).isEqualTo(exercise);
        assertThat(suggestion.get().to()).isEqualTo(to);
        assertThat(suggestion.get().from()).isEqualTo(dosage);
    }

    @Test
    void theReasonGivesTheNumbersBehindIt() {
        Suggestion up = RULE.suggest(7, 3, item(RANGE, Category.STRENGTHENING, null),
                fortnight(6, list(1, 2, 2, 3, 1, 2), list(1, 2, null, 3, 1, 2)), CHAIN).orElseThrow();
        assertThat(up.reason()).isEqualTo("Pain 1-3 in all 6 sessions with a score (up to 3 is safe), no worse next "
                + "morning, 100 % of the due sessions done. Sessions from 18 Nov to 1 Dec at this dose: done in 6 of 6.");
        assertThat(up.title()).isEqualTo("Step up: Bridge march, to the top of the range");

        Suggestion down = RULE.suggest(7, 3, item(TOP, Category.STRENGTHENING, null),
                fortnight(5, list(2, 7, 3), list(4, null, 5)), CHAIN).orElseThrow();
        assertThat(down.reason()).isEqualTo("Pain up to 7/10 during the sessions with it (above 5 is too much); the "
                + "next morning 2+ points worse after 2 sessions of 2. Sessions from 18 Nov to 1 Dec at this dose: "
                + "done in 3 of 5.");
        assertThat(down.title()).isEqualTo("Ease off: Bridge march → Glute bridge, the easier exercise");
    }

    @Test
    void aMoveOfACircuitKeepsTheCircuitsRounds() {
        Suggestion up = RULE.suggest(7, 3, item(TOP, Category.STRENGTHENING, 1),
                fortnight(6, list(1, 1, 1, 1, 1, 1), list()), CHAIN).orElseThrow();
        assertThat(up.step()).as("not a set more: the rounds are the circuit's").isEqualTo(Step.HARDER_EXERCISE);
        assertThat(up.to().sets()).isEqualTo(TOP.sets());
    }

    @Test
    void holdsLengthenByAQuarterInWholeSteps() {
        assertThat(List.of(5, 8, 10, 20, 30, 45, 55, 60).stream().map(RULE::longer).toList())
                .containsExactly(7, 10, 15, 25, 40, 60, 60, 60);
    }

    private static PlanItemView item(Dosage dosage, Category category, @Nullable Integer circuit) {
        return new PlanItemView(11, 2, "Bridge march", category, false, false, List.of("Lie down."), List.of(), null,
                dosage, circuit);
    }
}
