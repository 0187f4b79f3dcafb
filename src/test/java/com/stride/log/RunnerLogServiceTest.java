package com.stride.log;

import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.base.ConcurrentEditException;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.base.validation.Messages;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanDraft;
import com.stride.plan.PlanService;
import com.stride.test.FreshDatabase;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import com.stride.test.TestPlans;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
@FreshDatabase
class RunnerLogServiceTest {

    @Autowired
    private RunnerLogService logs;

    @Autowired
    private ProgressService progress;

    @Autowired
    private PlanService plans;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @Autowired
    private DataSource dataSource;

    private LocalDate today;
    private PlanDetails priyaPlan;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        priyaPlan = TestPlans.assignPriyaPlan(plans, jdbc, today);
    }

    @Test
    void todayShowsTheActivePlanWithItsDosagesAndATwiceADayPlanHasTwoSessions() {
        SignIn.as("runner.priya");
        RunnerDay day = logs.day(today);
        assertThat(day.plan().title()).isEqualTo("Hip and calf strength");
        assertThat(day.plan().therapistName()).isEqualTo("Maya Chen");
        assertThat(day.sessions()).singleElement().satisfies(session -> {
            assertThat(session.exercises()).extracting(DayExercise::name)
                    .containsExactly("Glute bridge", "Kneeling hip flexor stretch", "Single-leg calf raise");
            assertThat(session.exercises()).extracting(e -> e.dosage().summary())
                    .containsExactly("2 sets × 10 reps, hold 5 s", "3 reps, hold 20-30 s, each side",
                            "3 sets × 15 reps, each side");
            assertThat(session.exercises().get(1).dosage().note()).isEqualTo("Keep your chest upright.");
            assertThat(session.exercises().getFirst().steps()).isNotEmpty();
        });

        // Jordan's glute bridge is done 2-3 times a day, the stretch once: two sessions
        SignIn.as("runner.jordan");
        List<DaySession> jordans = logs.day(today).sessions();
        assertThat(jordans).hasSize(2);
        assertThat(jordans.get(0).exercises()).hasSize(2);
        assertThat(jordans.get(1).exercises()).extracting(DayExercise::name)
                .containsExactly("Glute bridge with single-leg extension");
    }

    @Test
    void savingTheSameEntryTwiceOrFromTwoTabsAtOnceStoresOneRow() throws Exception {
        SignIn.as("runner.priya");
        long bridge = item(0);
        logs.record(today, 1, bridge, new Entry(EntryStatus.DONE, null, null));
        logs.record(today, 1, bridge, new Entry(EntryStatus.DONE, null, null));
        assertThat(entries()).isEqualTo(1);

        long stretch = item(1);
        SecurityContext context = SecurityContextHolder.getContext();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit((Callable<Void>) () -> {
                    SecurityContextHolder.setContext(context);
                    logs.record(today, 1, stretch, new Entry(EntryStatus.DONE, null, Effort.HARD));
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(entries()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from session_log where plan_id = ?", Integer.class,
                priyaPlan.id())).isEqualTo(1);
    }

    @Test
    void partlyDoneNeedsASetCountBelowTheTargetAndDoneNeedsNone() {
        SignIn.as("runner.priya");
        long calf = item(2);
        assertThatThrownBy(() -> logs.record(today, 1, calf, new Entry(EntryStatus.PARTIAL, 3, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("setsDone"));
        assertThatThrownBy(() -> logs.record(today, 1, calf, new Entry(EntryStatus.PARTIAL, 0, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> logs.record(today, 1, item(1), new Entry(EntryStatus.PARTIAL, 1, null)))
                .as("no sets to count").isInstanceOf(InvalidInputException.class);
        assertThat(entries()).isZero();

        logs.record(today, 1, calf, new Entry(EntryStatus.PARTIAL, 2, null));
        assertThat(jdbc.queryForMap("select status, sets_done from exercise_log where plan_item_id = ?", calf))
                .containsEntry("status", "PARTIAL").containsEntry("sets_done", 2);
    }

    @Test
    void todayAndYesterdayCanBeCorrectedButNotEarlierDays() {
        SignIn.as("runner.jordan");
        long jordansStretch = logs.day(today.minusDays(1)).sessions().getFirst().exercises().get(1).planItemId();
        logs.undo(today.minusDays(1), 1, jordansStretch);
        assertThat(logs.day(today.minusDays(1)).sessions().getFirst().exercises().get(1).entry()).isNull();
        logs.record(today.minusDays(1), 1, jordansStretch, new Entry(EntryStatus.DONE, null, Effort.EASY));
        assertThat(logs.day(today.minusDays(1)).sessions().getFirst().exercises().get(1).entry().effort())
                .isEqualTo(Effort.EASY);

        assertThatThrownBy(() -> logs.record(today.minusDays(2), 1, jordansStretch,
                new Entry(EntryStatus.DONE, null, null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> logs.undo(today.minusDays(2), 1, jordansStretch))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> logs.day(today.plusDays(1))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void painAndNoteAreSavedOnceAsWrittenInAnyLanguageWithEmoji() {
        SignIn.as("runner.priya");
        long version = logs.saveSession(today, 1, 6, "  Calves were tight.  ", null).version();
        assertThat(priyasSession("pain_during, note, pain_during_at"))
                .containsEntry("pain_during", 6).containsEntry("note", "Calves were tight.")
                .satisfies(row -> assertThat(row.get("pain_during_at")).isNotNull());
        // the same form sent twice is fine
        assertThat(logs.saveSession(today, 1, 6, "Calves were tight.", null).version()).isEqualTo(version);

        String written = "Great run \uD83C\uDFC3\u200D\u2640\uFE0F\uD83D\uDC4D\uD83C\uDFFD, Wade ohne Schmerz, "
                + "\u819D\u304C\u75DB\u3044, \u0631\u0643\u0628\u062A\u064A <3\nSecond line";
        SessionSaved saved = logs.saveSession(today, 1, 7, written, version);
        assertThat(saved.complete()).isTrue();
        assertThat(priyasSession("pain_during, note")).containsEntry("pain_during", 7).containsEntry("note", written);
    }

    /** A refused note must never cost the runner the pain score beside it (issue 15), nor the other way round. */
    @Test
    void aRefusedFieldKeepsItsStoredValueWhileTheOtherIsSaved() {
        SignIn.as("runner.priya");
        long version = logs.saveSession(today, 1, 2, "Calves were tight.", null).version();
        for (String bad : List.of("<script>alert(1)</script>", "Copied\u0007 text", "Right\u202Eleft",
                "x".repeat(LogLimits.NOTE_MAX + 1))) {
            SessionSaved saved = logs.saveSession(today, 1, 7, bad, version);
            assertThat(saved.refused()).containsOnlyKeys("note");
            version = saved.version();
            assertThat(priyasSession("pain_during, note"))
                    .containsEntry("pain_during", 7).containsEntry("note", "Calves were tight.");
            logs.saveSession(today, 1, 2, "Calves were tight.", version);
            version++;
        }
        assertThat(logs.saveSession(today, 1, 7, "x".repeat(LogLimits.NOTE_MAX + 1), version).refused())
                .containsEntry("note", "Use at most " + LogLimits.NOTE_MAX + " characters");
        version++;
        assertThat(logs.saveSession(today, 1, 7, "Copied\u0007 text", version).refused())
                .containsEntry("note", Messages.controlCharacters());
        assertThat(logs.saveSession(today, 1, 7, "<b>sore</b>", version).refused())
                .containsEntry("note", Messages.markup());

        SessionSaved painRefused = logs.saveSession(today, 1, 11, "Sore after hills", version);
        assertThat(painRefused.refused()).containsOnlyKeys("pain");
        assertThat(priyasSession("pain_during, note"))
                .containsEntry("pain_during", 7).containsEntry("note", "Sore after hills");

        long last = painRefused.version();
        for (int pain : new int[] {-1, 11}) {
            assertThatThrownBy(() -> logs.saveSession(today, 1, pain, "<b>both bad</b>", last))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsOnlyKeys(
                            "pain", "note"));
        }
        assertThat(priyasSession("pain_during, note"))
                .containsEntry("pain_during", 7).containsEntry("note", "Sore after hills");
    }

    @Test
    void aRefusedNoteOnAFreshSessionStillSavesThePain() {
        SignIn.as("runner.priya");
        SessionSaved saved = logs.saveSession(today, 1, 7, "<img src=x onerror=alert(1)>", null);
        assertThat(saved.refused()).containsOnlyKeys("note");
        assertThat(priyasSession("pain_during, note")).containsEntry("pain_during", 7).containsEntry("note", null);
        assertThat(logs.saveSession(today, 1, null, "<b>x</b>", saved.version()).refused()).containsKey("note");
    }

    @Test
    void aSecondTabWithOtherValuesGetsAConflictNotASilentOverwrite() {
        SignIn.as("runner.priya");
        long version = logs.saveSession(today, 1, 3, "First tab", null).version();
        logs.saveSession(today, 1, 4, "First tab, again", version);
        assertThatThrownBy(() -> logs.saveSession(today, 1, 7, "Second tab", version))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> logs.saveSession(today, 1, 7, "Second tab, never loaded", null))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(priyasSession("note").get("note")).isEqualTo("First tab, again");
    }

    @Test
    void theNextMorningQuestionFollowsASessionDayAndGoesOnceAnswered() {
        SignIn.as("runner.jordan");
        MorningQuestion question = logs.day(today).morningQuestion();
        assertThat(question).isNotNull();
        assertThat(question.sessionDay()).isEqualTo(today.minusDays(1));
        logs.answerMorning(question.sessionId(), 4);
        assertThat(logs.day(today).morningQuestion()).isNull();
        assertThat(jdbc.queryForObject("select pain_next_morning from session_log where id = ?", Integer.class,
                question.sessionId())).isEqualTo(4);

        SignIn.as("runner.priya");
        assertThat(logs.day(today).morningQuestion()).as("no session day yet").isNull();
    }

    @Test
    void anEmptyFormOrAnUndoneSessionLeavesNoRowToCountAsActivity() {
        SignIn.as("runner.priya");
        assertThat(logs.saveSession(today, 1, null, "  ", null).version()).isNull();
        logs.record(today, 1, item(0), new Entry(EntryStatus.DONE, null, null));
        logs.undo(today, 1, item(0));
        assertThat(jdbc.queryForObject("select count(*) from session_log where plan_id = ?", Integer.class,
                priyaPlan.id())).isZero();
    }

    @Test
    void theMorningQuestionIsAnsweredOnce() {
        SignIn.as("runner.jordan");
        long session = logs.day(today).morningQuestion().sessionId();
        logs.answerMorning(session, 3);
        assertThatThrownBy(() -> logs.answerMorning(session, 8)).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select pain_next_morning from session_log where id = ?", Integer.class,
                session)).isEqualTo(3);
    }

    @Test
    void aRunnerCannotReadOrWriteAnotherRunnersLogs() {
        SignIn.as("runner.jordan");
        long jordansSession = logs.day(today).morningQuestion().sessionId();
        long jordansItem = logs.day(today).sessions().getFirst().exercises().getFirst().planItemId();

        SignIn.as("runner.priya");
        assertThatThrownBy(() -> logs.answerMorning(jordansSession, 2)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> logs.record(today, 1, jordansItem, new Entry(EntryStatus.DONE, null, null)))
                .isInstanceOf(RecordNotFoundException.class);
        logs.undo(today.minusDays(1), 1, jordansItem);
        assertThat(jdbc.queryForObject("select count(*) from session_log s join exercise_log l on l.session_id = s.id "
                + "where s.id = ? ", Integer.class, jordansSession)).as("Jordan's entries untouched").isPositive();
        assertThat(jdbc.queryForObject("select pain_next_morning from session_log where id = ?", Integer.class,
                jordansSession)).isNull();
        assertThatThrownBy(() -> progress.progress(userId("runner.jordan"), 4))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as("pt.maya");
        assertThatThrownBy(() -> logs.day(today)).isInstanceOf(AccessDeniedException.class);
        SignIn.as("hilltop.pt");
        assertThatThrownBy(() -> progress.progress(userId("runner.jordan"), 4))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> progress.notes(userId("runner.jordan"), 0, 10))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> progress.progress(userId("pt.maya"), 4)).as("not a runner")
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void logsKeepTheRevisionTheyWereDoneAgainstWhenThePlanIsEdited() {
        SignIn.as("runner.priya");
        long bridge = item(0);
        logs.record(today, 1, bridge, new Entry(EntryStatus.DONE, null, null));
        logs.saveSession(today, 1, 2, "Before the change", null);

        SignIn.as("pt.maya");
        PlanDetails current = plans.get(priyaPlan.id());
        PlanDraft draft = current.toDraft();
        plans.save(current.id(), current.version(), draft.withItems(draft.items().subList(0, 2)));
        assertThat(plans.get(priyaPlan.id()).revision()).isEqualTo(2);

        SignIn.as("runner.priya");
        assertThat(jdbc.queryForObject("select count(*) from exercise_log where plan_item_id = ?", Integer.class,
                bridge)).isEqualTo(1);
        // the session already started keeps its exercises; its entry and note are there
        DaySession session = logs.day(today).sessions().getFirst();
        assertThat(session.exercises()).hasSize(3);
        assertThat(session.exercises().getFirst().entry().status()).isEqualTo(EntryStatus.DONE);
        assertThat(session.note()).isEqualTo("Before the change");
    }

    @Test
    void nothingDueTodaySaysWhenTheNextDayIs() {
        SignIn.as("pt.maya");
        PlanDetails current = plans.get(priyaPlan.id());
        PlanDraft draft = current.toDraft();
        java.time.DayOfWeek tomorrow = today.plusDays(1).getDayOfWeek();
        plans.save(current.id(), current.version(), draft.withItems(draft.items().stream()
                .map(i -> new com.stride.plan.PlanItemDraft(i.exerciseId(),
                        i.dosage().toBuilder().weekdays(java.util.Set.of(tomorrow)).build())).toList()));

        SignIn.as("runner.priya");
        RunnerDay day = logs.day(today);
        assertThat(day.sessions()).isEmpty();
        assertThat(day.nextDueDay()).isEqualTo(today.plusDays(1));
    }

    @Test
    void adherenceCountsPerSidePairsOnceAndPartlyDoneAsItsShareOfSets() {
        SignIn.as("runner.priya");
        logs.record(today, 1, item(0), new Entry(EntryStatus.DONE, null, null));
        logs.record(today, 1, item(1), new Entry(EntryStatus.DONE, null, null));
        logs.record(today, 1, item(2), new Entry(EntryStatus.PARTIAL, 1, null));
        logs.undo(today, 1, item(0));

        // by hand: 3 exercises due once today; hip flexor (both sides) 1 + calf raise 1 of 3 sets = 1.333
        WeekAdherence week = logs.progress(4).weeks().getFirst();
        assertThat(week.prescribed()).isEqualTo(3);
        assertThat(week.done().setScale(3, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("1.333");
        assertThat(week.percent()).isEqualTo(44);
        assertThat(week.sessionsDue()).isEqualTo(1);
        assertThat(week.sessionsLogged()).isEqualTo(1);
        assertThat(logs.progress(4).streak()).isEqualTo(1);
    }

    @Test
    void eachStepOfTheRunnersLogIsAuditedWithoutClinicalValues() {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        SignIn.as("runner.priya");
        long bridge = item(0);
        long calf = item(2);
        logs.record(today, 1, bridge, new Entry(EntryStatus.DONE, null, null));
        logs.undo(today, 1, bridge);
        logs.undo(today, 1, bridge); // nothing left to take back: no audit row
        logs.record(today, 1, calf, new Entry(EntryStatus.PARTIAL, 1, null));
        logs.saveSession(today, 1, 6, "My left calf is sore", null);

        String plan = "plan " + priyaPlan.id() + " | ";
        assertThat(jdbc.queryForList("""
                        select e.action || ' | ' || e.target_type || ' ' || e.target_id || ' | ' || e.detail
                        from audit_event e join app_user u on u.id = e.user_id
                        where e.id > ? and u.username = 'runner.priya' order by e.id""", String.class, before))
                .containsExactly(
                        "EXERCISE_LOGGED | " + plan + "plan item " + bridge + " done, session 1 of " + today,
                        "EXERCISE_UNDONE | " + plan + "plan item " + bridge + ", session 1 of " + today,
                        "EXERCISE_LOGGED | " + plan + "plan item " + calf + " partial, session 1 of " + today,
                        "SESSION_LOGGED | " + plan + "session 1 of " + today + ", pain given, note given");
        // the append-only log keeps no clinical values: neither the note nor the pain score
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like '%sore%'"
                + " or detail like '%pain 6%' or detail like '%Glute%'", Integer.class)).isZero();
    }

    private long item(int position) {
        return logs.day(today).sessions().getFirst().exercises().get(position).planItemId();
    }

    private java.util.Map<String, Object> priyasSession(String columns) {
        return jdbc.queryForMap("select " + columns + " from session_log where plan_id = ?", priyaPlan.id());
    }

    private int entries() {
        return jdbc.queryForObject("select count(*) from exercise_log l join session_log s on s.id = l.session_id "
                + "where s.plan_id = ?", Integer.class, priyaPlan.id());
    }

}
