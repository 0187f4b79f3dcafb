package com.stride.log;

import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.plan.PlanService;
import com.stride.plan.RunnerRow;
import com.stride.plan.RunnerScope;
import com.stride.plan.RunnerService;
import com.stride.test.FreshDatabase;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import com.stride.test.SignedInAs;
import com.stride.test.TestPlans;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The PT's side, on the demo data: Jordan has two weeks of logs ending in a 6, Chris none for 10 days. */
@IntegrationTest
@FreshDatabase
@SignedInAs("pt.maya")
class ProgressServiceTest {

    @Autowired
    private ProgressService progress;

    @Autowired
    private RunnerLogService logs;

    @Autowired
    private RunnerService runners;

    @Autowired
    private PlanService plans;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @Test
    void painAboveFiveAndARiseOfTwoOverTheFirstWeekAreFlaggedOnThePageAndTheList() {
        long jordan = userId("runner.jordan");
        List<Flag> flags = progress.progress(jordan, 4).flags();
        assertThat(flags).extracting(Flag::kind).containsExactly(FlagKind.PAIN_HIGH, FlagKind.PAIN_RISE);
        assertThat(flags.getFirst().pain()).isEqualTo(6);
        assertThat(flags.getFirst().day()).isEqualTo(LocalDate.now(clock).minusDays(1));

        assertThat(runners.runners(RunnerScope.ALL, "", 0, 50)).filteredOn(r -> r.id() == jordan).singleElement()
                .extracting(RunnerRow::flags).isEqualTo(List.of(FlagKind.PAIN_HIGH, FlagKind.PAIN_RISE));
        assertThat(runners.runners(RunnerScope.ALL, "", 0, 50)).filteredOn(r -> r.id() == userId("runner.tom")).singleElement()
                .as("started 6 days ago: not inactive yet").extracting(RunnerRow::flags).isEqualTo(List.of());
    }

    /** The flag's threshold in SQL and the pain model's in Java (LogLimits) are the same number. */
    @Test
    void painAtTheLimitIsNotFlaggedAndOnePointAboveIs() {
        LocalDate today = LocalDate.now(clock);
        long priya = TestPlans.assignPriyaPlan(plans, jdbc, today).runnerId();
        SignIn.as("runner.priya");
        Long version = logs.saveSession(today, 1, LogLimits.PAIN_TOO_MUCH_ABOVE, null, null).version();
        SignIn.as("pt.maya");
        assertThat(progress.progress(priya, 4).flags()).extracting(Flag::kind).doesNotContain(FlagKind.PAIN_HIGH);
        SignIn.as("runner.priya", () -> logs.saveSession(today, 1, LogLimits.PAIN_TOO_MUCH_ABOVE + 1, null, version));
        assertThat(progress.progress(priya, 4).flags()).extracting(Flag::kind).contains(FlagKind.PAIN_HIGH);
        assertThat(FlagKind.PAIN_HIGH.label()).isEqualTo("Pain above " + LogLimits.PAIN_TOO_MUCH_ABOVE);
    }

    @Test
    void aFlagMarkedSeenStaysHiddenUntilSomethingNewerRaisesIt() {
        long jordan = userId("runner.jordan");
        Flag high = progress.progress(jordan, 4).flags().getFirst();
        progress.markSeen(jordan, high.kind(), high.raisedAt());
        assertThat(progress.progress(jordan, 4).flags()).extracting(Flag::kind).containsExactly(FlagKind.PAIN_RISE);
        assertThat(jdbc.queryForObject("select seen_by from runner_flag_seen where runner_id = ?", Long.class, jordan))
                .isEqualTo(userId("pt.maya"));
        assertThat(lastAudit()).isEqualTo("FLAG_SEEN user " + jordan + " Pain above 5 by " + userId("pt.maya"));

        // the next morning is worse: a new event raises the flag again
        SignIn.as("runner.jordan");
        logs.answerMorning(logs.day(logs.today()).morningQuestion().sessionId(), 7);
        assertThat(lastAudit()).startsWith("MORNING_PAIN_LOGGED plan ").contains(" the morning after session 1 of ")
                .doesNotContain("pain").endsWith(" by " + jordan);
        SignIn.as("pt.maya");
        assertThat(progress.progress(jordan, 4).flags()).extracting(Flag::kind)
                .containsExactly(FlagKind.PAIN_HIGH, FlagKind.PAIN_RISE);
        assertThat(progress.progress(jordan, 4).flags().getFirst().pain()).isEqualTo(7);
    }

    @Test
    void aMildMorningAnswerDoesNotBringBackASeenPainFlag() {
        long jordan = userId("runner.jordan");
        for (Flag flag : progress.progress(jordan, 4).flags()) {
            progress.markSeen(jordan, flag.kind(), flag.raisedAt());
        }
        SignIn.as("runner.jordan");
        logs.answerMorning(logs.day(logs.today()).morningQuestion().sessionId(), 2);
        SignIn.as("pt.maya");
        assertThat(progress.progress(jordan, 4).flags()).isEmpty();
        assertThatThrownBy(() -> progress.markSeen(jordan, FlagKind.PAIN_HIGH, java.time.Instant.now()))
                .as("no such flag up").isInstanceOf(com.stride.base.RecordNotFoundException.class);
    }

    @Test
    void sevenDaysWithoutALogOnAnActivePlanIsFlagged() {
        SignIn.as("hilltop.pt");
        long chris = userId("hilltop.runner");
        assertThat(progress.progress(chris, 4).flags()).extracting(Flag::kind).containsExactly(FlagKind.INACTIVE);
        Flag inactive = progress.progress(chris, 4).flags().getFirst();
        progress.markSeen(chris, FlagKind.INACTIVE, inactive.raisedAt());
        assertThat(progress.progress(chris, 4).flags()).isEmpty();
    }

    @Test
    void notesComeNewestFirstAndTheSkippedExercisesAreCounted() {
        long jordan = userId("runner.jordan");
        assertThat(progress.countNotes(jordan)).isEqualTo(2);
        assertThat(progress.notes(jordan, 0, 10)).extracting(SessionNote::note).containsExactly(
                "The hip flexor stretch pinched at the front of my right hip after a long run.",
                "Bridges feel easy now.");

        Progress data = progress.progress(jordan, 4);
        // 14 days before today: two missed days; the bridge is due twice a day but done twice only every
        // third day, the stretch once a day
        assertThat(data.skipped()).extracting(SkippedExercise::name)
                .containsExactly("Glute bridge with single-leg extension", "Kneeling hip flexor stretch");
        assertThat(data.skipped().get(1).skipped()).isEqualTo(2);
        assertThat(data.skipped().get(1).due()).isEqualTo(14);
        assertThat(data.pain()).hasSize(12);
        assertThat(data.streak()).isPositive();
    }

    private String lastAudit() {
        return jdbc.queryForObject("""
                select action || ' ' || target_type || ' ' || target_id || ' ' || detail || ' by ' || user_id
                from audit_event order by id desc limit 1""", String.class);
    }
}
