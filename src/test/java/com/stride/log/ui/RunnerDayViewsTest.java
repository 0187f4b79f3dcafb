package com.stride.log.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.stride.base.validation.Messages;
import com.stride.catalogue.ui.ExercisePictures;
import com.stride.log.LogLimits;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanDraft;
import com.stride.plan.PlanService;
import com.stride.test.DatabaseSnapshot;
import com.stride.test.FreshDatabase;
import com.stride.test.KaribuTest;
import com.stride.test.SignIn;
import com.stride.test.StatementCounter;
import com.stride.test.TestPlans;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FreshDatabase
class RunnerDayViewsTest extends KaribuTest {

    @Autowired
    private PlanService plans;

    @Autowired
    private com.stride.log.RunnerLogService logs;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private Clock clock;

    private LocalDate today;

    @BeforeEach
    void freshData() {
        today = LocalDate.now(clock);
    }

    @Test
    void theRunnerTicksExercisesOffAndSaysHowItWent() {
        PlanDetails plan = TestPlans.assignPriyaPlan(plans, jdbc, today);
        login("runner.priya");
        open("today");
        _get(H2.class, spec -> spec.withText("Today"));
        _get(H3.class, spec -> spec.withText("Kneeling hip flexor stretch"));
        Paragraph note = _get(Paragraph.class, spec -> spec.withText("Keep your chest upright.").withClasses("pt-note"));
        assertThat(note.getElement().getAttribute("data-from")).isEqualTo("From your PT:");
        // the coach's estimate: 2 × 10 holds of 5 s with 3 s between and 30 s rest, plus 5 s to get ready
        _get(Button.class, spec -> spec.withAttribute("aria-label", "Start coach · about 3 min: Glute bridge"));
        _get(Button.class, spec -> spec.withAttribute("aria-label",
                "Start coach · about 3 min: Kneeling hip flexor stretch"));
        // 3 × 15 counted reps each side at 3 s, two switches a set, two rests: about 6 min
        _get(Button.class, spec -> spec.withAttribute("aria-label", "Start coach · about 6 min: Single-leg calf raise"));
        // the steps are built when the runner opens them, not before
        assertThat(_find(ListItem.class)).isEmpty();
        _find(Details.class).getFirst().setOpened(true);
        assertThat(_find(ListItem.class)).isNotEmpty();

        _get(Button.class, spec -> spec.withAttribute("aria-label", "Mark Glute bridge done")).click();
        _get(Button.class, spec -> spec.withAttribute("aria-label", "Mark Single-leg calf raise partly done")).click();
        _get(IntegerField.class, spec -> spec.withLabel("Sets done (of 3)")).setValue(2);
        _get(Button.class, spec -> spec.withText("Save")).click();
        _get(Span.class, spec -> spec.withText("Partly done: 2 of 3 sets"));
        _get(Button.class, spec -> spec.withAttribute("aria-label", "Undo Glute bridge")).click();
        _get(Button.class, spec -> spec.withAttribute("aria-label", "Mark Glute bridge done"));

        _get(TextArea.class, spec -> spec.withClasses("session-note")).setValue("Calves tight on the left.");
        _get(PainScale.class).setValue(6);
        _get(Button.class, spec -> spec.withText("Save how it went")).click();
        _get(Paragraph.class, spec -> spec.withText("Saved. Your physical therapist will see it."));

        assertThat(jdbc.queryForList("""
                select i.position, l.status, l.sets_done from exercise_log l join plan_item i on i.id = l.plan_item_id
                join session_log s on s.id = l.session_id where s.plan_id = ?""", plan.id()))
                .containsExactly(Map.of("position", 2, "status", "PARTIAL", "sets_done", 2));
        assertThat(jdbc.queryForMap("select pain_during, note from session_log where plan_id = ?", plan.id()))
                .containsEntry("pain_during", 6).containsEntry("note", "Calves tight on the left.");
    }

    @Test
    void aNoteWithMarkupIsRefusedNextToTheFieldAndThePainScoreIsSavedAnyway() {
        PlanDetails plan = TestPlans.assignPriyaPlan(plans, jdbc, today);
        login("runner.priya");
        open("today");
        TextArea note = _get(TextArea.class, spec -> spec.withClasses("session-note"));
        _get(PainScale.class).setValue(7);
        note.setValue("<img src=x onerror=alert(1)>");
        _get(Button.class, spec -> spec.withText("Save how it went")).click();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo(Messages.markup());
        assertThat(note.getValue()).as("what was typed stays to be corrected").isEqualTo("<img src=x onerror=alert(1)>");
        _get(Paragraph.class, spec -> spec.withClasses("saved-message")
                .withText("Your pain score is saved. Your note is not saved yet: see the message under it."));
        assertThat(jdbc.queryForMap("select pain_during, note from session_log where plan_id = ?", plan.id()))
                .containsEntry("pain_during", 7).containsEntry("note", null);

        note.setValue("Sore \uD83D\uDE23 but done \uD83D\uDCAA");
        assertThat(note.isInvalid()).as("typing clears the refusal").isFalse();
        _get(Button.class, spec -> spec.withText("Save how it went")).click();
        _get(Paragraph.class, spec -> spec.withClasses("saved-message")
                .withText("Saved. Your physical therapist will see it."));
        assertThat(jdbc.queryForMap("select pain_during, note from session_log where plan_id = ?", plan.id()))
                .containsEntry("pain_during", 7).containsEntry("note", "Sore \uD83D\uDE23 but done \uD83D\uDCAA");
    }

    @Test
    void theNoteCountsItsCharactersAndSaysAtOnceWhenItIsTooLong() {
        TestPlans.assignPriyaPlan(plans, jdbc, today);
        login("runner.priya");
        open("today");
        TextArea note = _get(TextArea.class, spec -> spec.withClasses("session-note"));
        assertThat(note.getMaxLength()).as("no silent cut of a paste").isZero();
        assertThat(note.getHelperText()).isEqualTo("What hurt, what was hard, what went well · 0 / 1,000 characters");
        note.setValue("\uD83C\uDFC3".repeat(3) + "ok");
        assertThat(note.getHelperText()).endsWith("· 5 / 1,000 characters");
        note.setValue("x".repeat(LogLimits.NOTE_MAX + 1));
        assertThat(note.getHelperText()).endsWith("· 1,001 / 1,000 characters");
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Use at most 1000 characters");
        note.setValue("x".repeat(LogLimits.NOTE_MAX));
        assertThat(note.isInvalid()).isFalse();
    }

    @Test
    void theMorningAfterASessionDayTheRunnerIsAskedFirst() {
        login("runner.jordan");
        open("today");
        _get(H3.class, spec -> spec.withText("Good morning! How is the pain after yesterday's session?"));
        _find(PainScale.class).getFirst().setValue(3);
        _get(Button.class, spec -> spec.withText("Save")).click();
        _get(Paragraph.class, spec -> spec.withText("Thanks, saved: 3 out of 10 this morning."));
    }

    @Test
    void todayStaysASmallStateTree() {
        // What the server keeps per open Today and sends on its first answer grows with this (issue 14):
        // Priya's three exercises with a pain scale were 167 nodes while each score was four components.
        TestPlans.assignPriyaPlan(plans, jdbc, today);
        login("runner.priya");
        open("today");

        PainScale pain = _get(PainScale.class);
        assertThat(pain.getElement().getChildren().map(option -> option.getProperty("label")))
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        int[] nodes = {0};
        UI.getCurrent().getInternals().getStateTree().getRootNode()
                .visitNodeTree(node -> nodes[0]++);
        assertThat(nodes[0]).as("state nodes of Today with three exercises").isLessThanOrEqualTo(140);

        pain.setValue(4);
        assertThat(pain.getElement().getProperty("value")).isEqualTo("4");
        assertThat(pain.getHelperText()).isEqualTo("4: acceptable, do not add more");
        pain.getElement().setProperty("value", "11"); // as a tampered request would
        assertThat(pain.getValue()).isNull();
    }

    @Test
    void aSecondSessionIsBuiltWhenChosenAndWhatWasTypedInTheFirstStays() {
        login("runner.jordan");
        open("today");
        SessionSwitcher switcher = _get(SessionSwitcher.class);
        assertThat(switcher.getChildren().filter(SessionPanel.class::isInstance)).hasSize(1);
        _get(H3.class, spec -> spec.withText("How did session 1 go?"));
        _get(TextArea.class, spec -> spec.withClasses("session-note")).setValue("Left knee ok 👍");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> choice = _get(RadioButtonGroup.class, spec -> spec.withLabel("Which session"));
        choice.setValue(1);
        assertThat(switcher.getChildren().filter(SessionPanel.class::isInstance)).hasSize(2);
        _get(H3.class, spec -> spec.withText("How did session 2 go?"));
        assertThat(_find(H3.class, spec -> spec.withText("How did session 1 go?"))).isEmpty();
        choice.setValue(0);
        assertThat(_get(TextArea.class, spec -> spec.withClasses("session-note")).getValue()).isEqualTo("Left knee ok 👍");
    }

    /** Issue 15's rough edges: which exercises are in which session, and yesterday's page says yesterday. */
    @Test
    void eachSessionNamesItsExercisesAndYesterdaysPageNeverSaysToday() {
        login("runner.jordan");
        java.util.List<com.stride.log.DaySession> sessions = logs.day(logs.today()).sessions();
        assertThat(sessions).hasSizeGreaterThan(1);
        open("today");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)
                .filter(text -> text.startsWith("Session "))).containsExactlyElementsOf(sessions.stream()
                .map(session -> "Session " + session.number() + ": " + session.exercises().stream()
                        .map(com.stride.log.DayExercise::name).collect(java.util.stream.Collectors.joining(", ")))
                .toList());
        _get(Paragraph.class, spec -> spec.withText("Your plan has " + sessions.size()
                + " sessions today. Do them at different times of the day:"));

        open("today?day=yesterday");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Yesterday · Stride");
        _get(H2.class, spec -> spec.withText("Yesterday"));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .noneMatch(text -> text.toLowerCase(java.util.Locale.ROOT).contains("today"));
    }

    /** Tom's demo plan is the mobility circuit: one box with its rounds, one coach for all seven moves. */
    @Test
    void aCircuitIsShownAsRoundsOfItsMovesWithOneCoach() {
        login("runner.tom");
        open("today");
        CircuitBox circuit = _get(CircuitBox.class);
        _get(circuit, H3.class, spec -> spec.withText("Circuit: 1-2 rounds"));
        _get(circuit, Paragraph.class, spec -> spec.withText("Do these 7 moves one after the other, then start the "
                + "next round. The coach runs 1 round; add more, up to 2, when it feels easy."));
        assertThat(_find(circuit, ExerciseCard.class)).hasSize(7);
        assertThat(_find(circuit, CoachTimer.class)).as("one coach for the circuit, none per move").hasSize(1);
        _get(circuit, Button.class, spec -> spec.withAttribute("aria-label", "Start coach · about 11 min: the circuit"));
        // each move's dose without its sets, which are the circuit's rounds
        assertThat(_find(circuit, Paragraph.class, spec -> spec.withClasses("dosage").withText("30-60 s, alternating sides")))
                .hasSize(3);
        _get(Paragraph.class, spec -> spec.withText(ExercisePictures.drawingKey()));
        // every move shows its drawing, with its still poses for reduced motion and words for screen readers
        assertThat(_find(circuit, ExerciseCard.class)).allSatisfy(card -> {
            Div drawing = _get(card, Div.class, spec -> spec.withClasses("exercise-drawing"));
            Element picture = drawing.getElement().getChild(0);
            assertThat(picture.getTag()).isEqualTo("picture");
            assertThat(picture.getChild(0).getAttribute("srcset")).contains("-poses.svg");
            assertThat(picture.getChild(1).getAttribute("alt")).isNotBlank();
        });
    }

    @Test
    void theFeelingChipsSayWhatTheyAreFor() {
        TestPlans.assignPriyaPlan(plans, jdbc, today);
        login("runner.priya");
        open("today");
        _get(Button.class, spec -> spec.withAttribute("aria-label", "Mark Glute bridge done")).click();
        _get(Span.class, spec -> spec.withClasses("effort-why").withText(
                "Optional. Your physical therapist reads it to adjust this exercise; tap again to clear."));
    }

    @Test
    void aTickOnAPageOpenedBeforeThePtSavedANewVersionIsRefusedWithANoticeToReload() {
        PlanDetails plan = TestPlans.assignPriyaPlan(plans, jdbc, today);
        login("runner.priya");
        open("today");

        SignIn.as("pt.maya", () -> {
            PlanDraft draft = plans.get(plan.id()).toDraft();
            plans.save(plan.id(), plans.get(plan.id()).version(), new PlanDraft(draft.title(), "Keep the hips level",
                    draft.startDate(), draft.endDate(), draft.items()));
        });
        _get(Button.class, spec -> spec.withAttribute("aria-label", "Mark Glute bridge done")).click();

        NotificationsKt.expectNotifications(SessionPanel.planUpdated());
        assertThat(jdbc.queryForObject("select count(*) from exercise_log l join session_log s on s.id = l.session_id "
                + "where s.plan_id = ?", Integer.class, plan.id())).isZero();
    }

    @Test
    void todayHistoryAndTheRunnersPageCostTheSameStatementsForAWeekAndForTwoYears() {
        int[] week = countsWithHistory(7);
        DatabaseSnapshot.restore(dataSource);
        int[] twoYears = countsWithHistory(730);
        assertThat(twoYears).containsExactly(week);
        assertThat(jdbc.queryForObject("select count(*) from exercise_log", Integer.class)).as("two entries a day")
                .isGreaterThan(2 * 729);
    }

    /** Statements to open Today, History (as the runner) and the runner's page (as the PT). */
    private int[] countsWithHistory(int days) {
        PlanDetails plan = TestPlans.assignPriyaPlan(plans, jdbc, today.minusDays(days));
        jdbc.update("""
                insert into session_log (clinic_id, runner_id, plan_id, revision_id, session_date, session_number,
                                         pain_during, note, pain_during_at, created_at, updated_at)
                select p.clinic_id, p.runner_id, p.id, r.id, d::date, 1, extract(doy from d)::integer % 5,
                       case when extract(doy from d)::integer % 3 = 0 then 'Note on ' || d::date end, now(), now(), now()
                from plan p join plan_revision r on r.plan_id = p.id
                cross join generate_series(p.start_date::timestamp, ?::date - 1, interval '1 day') d
                where p.id = ?""", today, plan.id());
        jdbc.update("""
                insert into exercise_log (session_id, revision_id, plan_item_id, status, created_at, updated_at)
                select s.id, s.revision_id, i.id, 'DONE', now(), now()
                from session_log s join plan_item i on i.revision_id = s.revision_id
                where s.plan_id = ? and i.position < 2""", plan.id());
        login("runner.priya");
        int todayView = StatementCounter.countDuring(() -> open("today"));
        int history = StatementCounter.countDuring(() -> open("history"));
        logout();
        login("pt.maya");
        int runnerPage = StatementCounter.countDuring(() -> open("runners/" + plan.runnerId()));
        logout();
        return new int[] {todayView, history, runnerPage};
    }
}
