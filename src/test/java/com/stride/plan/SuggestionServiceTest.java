package com.stride.plan;

import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.base.ConcurrentEditException;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.Range;
import com.stride.catalogue.Sides;
import com.stride.log.DayExercise;
import com.stride.log.LogBackfill;
import com.stride.log.RunnerLogService;
import com.stride.plan.Suggestion.Direction;
import com.stride.plan.Suggestion.Step;
import com.stride.test.FreshDatabase;
import com.stride.test.IntegrationTest;
import com.stride.test.PainHistory;
import com.stride.test.SignIn;
import com.stride.test.SignedInAs;
import com.stride.test.StatementCounter;
import com.stride.test.TestPlans;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Progression suggestions on hand-made histories, end to end in the database: what the PT sees,
 * what accepting, editing and dismissing change, and what stays. Priya does a glute bridge (2 × 10)
 * and a single-leg calf raise (3 × 15 each side) once a day.
 */
@IntegrationTest
@FreshDatabase
@SignedInAs("pt.maya")
class SuggestionServiceTest {

    @Autowired
    private SuggestionService suggestions;

    @Autowired
    private PlanService plans;

    @Autowired
    private RunnerLogService logs;

    @Autowired
    private LogBackfill backfill;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    private final long priya = userId("runner.priya");

    @Test
    void aSafeSettledFortnightSuggestsASetMoreThenTheHarderCalfRaise() {
        safeFortnight();
        List<Suggestion> found = suggestions.suggestions(priya);
        assertThat(found).extracting(Suggestion::exerciseName, Suggestion::direction, Suggestion::step,
                Suggestion::newExerciseName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Glute bridge", Direction.PROGRESS, Step.MORE_SETS, "Glute bridge"),
                org.assertj.core.groups.Tuple.tuple("Single-leg calf raise", Direction.PROGRESS, Step.HARDER_EXERCISE,
                        "Single-leg calf raise with a weight"));
        assertThat(found.getFirst().to()).isEqualTo(Dosage.builder().sets(Range.of(3)).reps(Range.of(10)).build());
        assertThat(found.getFirst().reason()).startsWith("Pain 1-2 in all 13 sessions with a score (up to 3 is safe), "
                + "no worse next morning, 100 % of the due sessions done. Sessions from ")
                // the last 14 days with today, whose session is not done yet: days 13 to 1 ago
                .endsWith(" at this dose: done in 13 of 13.");
    }

    @Test
    void acceptingMakesANewRevisionTheRunnerSeesWhileTheEarlierOneKeepsItsLogs() {
        PainHistory history = safeFortnight();
        int loggedBefore = loggedOn(1);
        Suggestion calf = suggestions.suggestions(priya).get(1);

        PlanDetails saved = suggestions.accept(calf);

        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.items()).extracting(PlanItemView::exerciseName)
                .containsExactly("Glute bridge", "Single-leg calf raise with a weight");
        assertThat(loggedOn(1)).as("revision 1 keeps every log").isEqualTo(loggedBefore).isEqualTo(28);
        assertThat(jdbc.queryForObject("""
                select decision || ' ' || direction || ' ' || revision from plan_suggestion_decision
                where plan_id = ?""", String.class, history.planId())).isEqualTo("ACCEPTED PROGRESS 2");
        assertThat(jdbc.queryForObject("select action || ' ' || detail from audit_event order by id desc limit 1",
                String.class)).startsWith("SUGGESTION_ACCEPTED accepted, harder_exercise for exercise ")
                .endsWith(", revision 2");
        // the dose changed, so its evidence starts again: only the bridge is still suggested
        assertThat(suggestions.suggestions(priya)).extracting(Suggestion::exerciseName).containsExactly("Glute bridge");

        SignIn.as("runner.priya");
        assertThat(logs.day(logs.today()).sessions().getFirst().exercises()).extracting(DayExercise::name)
                .containsExactly("Glute bridge", "Single-leg calf raise with a weight");
    }

    @Test
    void painAboveFiveSuggestsEasingOffEachExerciseDoneThatDay() {
        start().days(6, 2, 2).day(1, 7);
        List<Suggestion> found = suggestions.suggestions(priya);
        assertThat(found).extracting(Suggestion::exerciseName, Suggestion::step, Suggestion::newExerciseName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Glute bridge", Step.FEWER_SETS, "Glute bridge"),
                        org.assertj.core.groups.Tuple.tuple("Single-leg calf raise", Step.EASIER_EXERCISE,
                                "Two-leg calf raise"));
        assertThat(found.get(1).to()).as("the easier exercise at its own dose, on this plan's schedule")
                .isEqualTo(Dosage.builder().sets(Range.of(2)).reps(Range.of(15, 20)).sides(Sides.BOTH).build());
        assertThat(found.get(1).reason()).startsWith("Pain up to 7/10 during the sessions with it (above 5 is too much).");
    }

    @Test
    void aDismissedSuggestionStaysAwayUntilANewSessionIsLogged() {
        PainHistory history = start().days(6, 2, 2).day(1, 7);
        Suggestion bridge = suggestions.suggestions(priya).getFirst();
        suggestions.dismiss(bridge);
        assertThat(suggestions.suggestions(priya)).extracting(Suggestion::exerciseName)
                .containsExactly("Single-leg calf raise");
        assertThat(jdbc.queryForObject("select count(*) from plan_suggestion_decision where decision = 'DISMISSED'",
                Integer.class)).isEqualTo(1);

        com.stride.test.TestClock.advance(Duration.ofMinutes(1));
        history.day(0, 3);
        assertThat(suggestions.suggestions(priya)).extracting(Suggestion::exerciseName)
                .containsExactly("Glute bridge", "Single-leg calf raise");
    }

    @Test
    void aSuggestionShownBeforeAnotherChangeIsAConflictAndChangesNothing() {
        PainHistory history = start().days(6, 2, 2).day(1, 7);
        Suggestion shown = suggestions.suggestions(priya).getFirst();
        PlanDetails plan = plans.get(history.planId());
        plans.save(plan.id(), plan.version(), plan.toDraft().withItems(List.of(plan.toDraft().items().getFirst())));

        assertThatThrownBy(() -> suggestions.accept(shown)).isInstanceOf(ConcurrentEditException.class);
        assertThat(plans.get(history.planId()).revision()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from plan_suggestion_decision", Integer.class)).isZero();
    }

    @Test
    void aPtCanEditTheSuggestedDoseBeforeAccepting() {
        start().days(6, 2, 2).day(1, 7);
        Suggestion calf = suggestions.suggestions(priya).get(1);
        Dosage edited = calf.to().toBuilder().reps(Range.of(12)).build();

        PlanDetails saved = suggestions.acceptEdited(calf, edited);

        assertThat(saved.items().get(1).exerciseName()).isEqualTo("Two-leg calf raise");
        assertThat(saved.items().get(1).dosage()).isEqualTo(edited);
        assertThat(jdbc.queryForObject("select decision from plan_suggestion_decision", String.class))
                .isEqualTo("EDITED");
    }

    @Test
    void theRuleReadsAFixedNumberOfStatementsWhateverTheLengthOfTheHistory() {
        start().days(3, 1, 2);
        int shortHistory = StatementCounter.countDuring(() -> suggestions.suggestions(priya));
        start().days(39, 1, 2);
        int longHistory = StatementCounter.countDuring(() -> suggestions.suggestions(priya));
        assertThat(longHistory).isEqualTo(shortHistory);
    }

    private PainHistory safeFortnight() {
        PainHistory history = start();
        for (int daysAgo = 14; daysAgo >= 1; daysAgo--) {
            history.day(daysAgo, daysAgo % 2 + 1, daysAgo % 2 + 1);
        }
        return history;
    }

    private PainHistory start() {
        return PainHistory.start(plans, jdbc, backfill, clock, List.of(
                new PlanItemDraft(TestPlans.stock(jdbc, "glute-bridge"),
                        Dosage.builder().sets(Range.of(2)).reps(Range.of(10)).build()),
                new PlanItemDraft(TestPlans.stock(jdbc, "single-leg-calf-raise"),
                        Dosage.builder().sets(Range.of(3)).reps(Range.of(15)).perSide(true).build())));
    }

    private int loggedOn(int revision) {
        return jdbc.queryForObject("""
                select count(*) from exercise_log l join plan_revision r on r.id = l.revision_id
                join plan p on p.id = r.plan_id
                where p.runner_id = ? and p.status = 'ACTIVE' and r.number = ?""", Integer.class, priya, revision);
    }
}
