package com.stride.log;

import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.stride.base.db.SqlZones;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.Range;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanDraft;
import com.stride.plan.PlanItemDraft;
import com.stride.plan.PlanService;
import com.stride.test.FreshDatabase;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import com.stride.test.SignedInAs;
import com.stride.test.TestClock;
import com.stride.test.TestPlans;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What is due, from the one definition of it ({@code runner_due}, V8), on cases worked out by hand:
 * named weekdays, "n days a week" on its fixed days, "times a day" as sessions, the revision in force
 * on each day, and a started session that keeps its revision.
 */
@IntegrationTest
@FreshDatabase
@SignedInAs("pt.maya")
class ScheduleTest {

    @Autowired
    private PlanService plans;

    @Autowired
    private RunnerLogService logs;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @Test
    void aWeekOfNamedDaysDaysAWeekAndTwiceADay() {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        PlanDetails plan = assign(monday, List.of(
                // every day, twice a day (2-3 times a day prescribes the lower bound)
                new PlanItemDraft(TestPlans.stock(jdbc, "glute-bridge"), Dosage.builder().reps(Range.of(10))
                        .timesPerDay(Range.of(2, 3)).build()),
                // 3 days a week: Monday, Wednesday, Friday
                new PlanItemDraft(TestPlans.stock(jdbc, "single-leg-calf-raise"), Dosage.builder()
                        .reps(Range.of(15)).daysPerWeek(3).build()),
                // named: Tuesday and Saturday
                new PlanItemDraft(TestPlans.stock(jdbc, "side-plank"), Dosage.builder().hold(Range.of(20))
                        .weekdays(Set.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY)).build())));

        // by hand, Monday to Sunday, as "day:session:item position"
        assertThat(due(plan, monday, monday.plusDays(6))).containsExactly(
                "0:1:0", "0:1:1", "0:2:0",
                "1:1:0", "1:1:2", "1:2:0",
                "2:1:0", "2:1:1", "2:2:0",
                "3:1:0", "3:2:0",
                "4:1:0", "4:1:1", "4:2:0",
                "5:1:0", "5:1:2", "5:2:0",
                "6:1:0", "6:2:0");
        assertThat(due(plan, monday.minusDays(3), monday.minusDays(1))).as("before the start").isEmpty();
    }

    @Test
    void eachDayFollowsTheRevisionInForceAndAStartedSessionKeepsItsOwn() {
        LocalDate start = LocalDate.now(clock).minusDays(3);
        PlanDetails plan = assign(start, List.of(new PlanItemDraft(TestPlans.stock(jdbc, "glute-bridge"),
                Dosage.builder().reps(Range.of(10)).timesPerDay(Range.of(2)).build())));
        // today the runner does session 1 of the first version...
        SignIn.as("runner.priya", () -> logs.record(logs.today(), 1, plan.items().getFirst().itemId(),
                new Entry(EntryStatus.DONE, null, null)));
        // ...then the PT replaces the bridge with a stretch, once a day, in a second version
        PlanDetails revised = plans.save(plan.id(), plan.version(), new PlanDraft(plan.title(), null, start, null,
                List.of(new PlanItemDraft(TestPlans.stock(jdbc, "kneeling-hip-flexor-stretch"),
                        Dosage.builder().hold(Range.of(30)).build()))));
        long bridge = plan.items().getFirst().itemId();
        long stretch = revised.items().getFirst().itemId();

        // earlier days: version 1 (the first for days before any existed), twice a day
        assertThat(items(plan, start, start)).containsExactly("1:" + bridge, "2:" + bridge);
        // today: session 1 was started with version 1 and keeps it; version 2 has no session 2
        assertThat(items(plan, LocalDate.now(clock), LocalDate.now(clock))).containsExactly("1:" + bridge);
        // tomorrow: version 2 only
        assertThat(items(plan, LocalDate.now(clock).plusDays(1), LocalDate.now(clock).plusDays(1)))
                .containsExactly("1:" + stretch);

        // the runner's Today shows the same, and adherence counts today's bridge as done
        long firstVersion = jdbc.queryForObject("select id from plan_revision where plan_id = ? and number = 1",
                Long.class, plan.id());
        SignIn.as("runner.priya");
        assertThat(logs.day(logs.today()).sessions()).singleElement().satisfies(session -> {
            assertThat(session.revisionId()).isEqualTo(firstVersion);
            assertThat(session.exercises()).extracting(DayExercise::planItemId).containsExactly(bridge);
        });
        WeekAdherence thisWeek = logs.progress(1).weeks().getFirst();
        assertThat(thisWeek.done()).isEqualByComparingTo("1");
        assertThat(thisWeek.sessionsLogged()).isEqualTo(1);
    }

    /** Exercises the PT adds after a session was logged do not lower that session's adherence (issue 15). */
    @Test
    void exercisesAddedAfterASessionWasLoggedDoNotCountAgainstIt() {
        LocalDate today = LocalDate.now(clock);
        PlanDetails plan = assign(today, List.of(new PlanItemDraft(TestPlans.stock(jdbc, "glute-bridge"),
                Dosage.builder().reps(Range.of(10)).build())));
        SignIn.as("runner.priya", () -> logs.record(today, 1, plan.items().getFirst().itemId(),
                new Entry(EntryStatus.DONE, null, null)));
        WeekAdherence before = SignIn.as("runner.priya", () -> logs.progress(1).weeks().getFirst());
        assertThat(before.percent()).isEqualTo(100);

        plans.save(plan.id(), plan.version(), new PlanDraft(plan.title(), null, today, null, List.of(
                new PlanItemDraft(TestPlans.stock(jdbc, "glute-bridge"), Dosage.builder().reps(Range.of(10)).build()),
                new PlanItemDraft(TestPlans.stock(jdbc, "single-leg-calf-raise"),
                        Dosage.builder().reps(Range.of(15)).build()),
                new PlanItemDraft(TestPlans.stock(jdbc, "kneeling-hip-flexor-stretch"),
                        Dosage.builder().hold(Range.of(30)).build()))));

        WeekAdherence after = SignIn.as("runner.priya", () -> logs.progress(1).weeks().getFirst());
        assertThat(after).isEqualTo(before);
        assertThat(after.prescribed()).isEqualTo(1);
        // from tomorrow on, the three of the new version are due
        assertThat(due(plan, today.plusDays(1), today.plusDays(1))).containsExactly("0:1:0", "0:1:1", "0:1:2");
    }

    @Test
    void anEndedPlanStopsOnTheDayItEnded() {
        LocalDate start = LocalDate.now(clock).minusDays(2);
        PlanDetails plan = assign(start, List.of(new PlanItemDraft(TestPlans.stock(jdbc, "glute-bridge"),
                Dosage.builder().reps(Range.of(10)).build())));
        PlanDetails ended = plans.end(plan.id(), plan.version());
        TestClock.advance(Duration.ofDays(2));
        assertThat(due(ended, start, LocalDate.now(clock))).containsExactly("0:1:0", "1:1:0", "2:1:0");
    }

    private PlanDetails assign(LocalDate start, List<PlanItemDraft> items) {
        PlanDetails draft = plans.createDraft(userId("runner.priya"), new PlanDraft("Schedule", null, start, null,
                items));
        return plans.activate(draft.id(), draft.version(), false);
    }

    /** What is due, as "days after {@code from}:session:item position", in order. */
    private List<String> due(PlanDetails plan, LocalDate from, LocalDate to) {
        return jdbc.queryForList("""
                        select (day - ?::date) || ':' || session_number || ':' || item_position
                        from runner_due(?, ?, ?, ?) order by day, session_number, item_position""", String.class,
                from, plan.id(), from, to, SqlZones.name(clock.getZone()));
    }

    /** What is due, as "session:plan item", in order. */
    private List<String> items(PlanDetails plan, LocalDate from, LocalDate to) {
        return jdbc.queryForList("""
                        select session_number || ':' || plan_item_id
                        from runner_due(?, ?, ?, ?) order by day, session_number, item_position""", String.class,
                plan.id(), from, to, SqlZones.name(clock.getZone()));
    }
}
