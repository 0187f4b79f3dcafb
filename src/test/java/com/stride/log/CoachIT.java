package com.stride.log;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.Range;
import com.stride.catalogue.Sides;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanDraft;
import com.stride.plan.PlanItemDraft;
import com.stride.plan.PlanService;
import com.stride.test.Axe;
import com.stride.test.BrowserTest;
import com.stride.test.FreshDatabase;
import com.stride.test.SignIn;
import com.stride.test.TestApplication;
import com.stride.test.TestPlans;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coach timer in real Chromium on a 390 px phone, its clock driven by the test (no sleeping):
 * every set, rep, side and rest of a dose in order, a rep's two phases, and what a finish or an
 * early stop records.
 */
@FreshDatabase
class CoachIT extends BrowserTest {

    private static final Dosage SIDE_PLANK = Dosage.builder().sets(Range.of(2)).reps(Range.of(10))
            .hold(Range.of(5)).sides(Sides.EACH).rest(30).build();

    @Autowired
    private PlanService plans;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private RunnerLogService logs;

    @Autowired
    private Clock clock;

    @Test
    void twoSetsOfTenHeldRepsEachSideRunInOrderAndTheExerciseIsMarkedDone() {
        assign(new PlanItemDraft(TestPlans.stock(jdbc, "side-plank"), SIDE_PLANK));
        Locator card = openToday("Side plank");
        assertThat(card.locator(".dosage")).hasText("2 sets × 10 reps, hold 5 s, each side · rest 30 s between sets");

        start(card);
        List<String> shown = playThrough(card, CoachProgram.totalSeconds(CoachProgram.of(SIDE_PLANK, "Side plank")));

        List<String> expected = new ArrayList<>();
        expected.add("Get ready");
        for (int set = 1; set <= 2; set++) {
            for (String side : List.of("Left", "Right")) {
                if (side.equals("Right")) {
                    expected.add("Switch sides");
                }
                for (int rep = 1; rep <= 10; rep++) {
                    if (rep > 1) {
                        expected.add("Relax");
                    }
                    expected.add("Set " + set + " of 2 · Rep " + rep + " of 10 · " + side);
                }
            }
            if (set == 1) {
                expected.add("Rest");
            }
        }
        expected.add("Well done!");
        assertThat(shown).containsExactlyElementsOf(expected);
        page.clock().resume(); // Vaadin's client needs its timers to tell the server
        assertThat(card.locator(".entry-status")).hasText("Done");
        assertThat(jdbc.queryForObject("""
                select l.status from exercise_log l join session_log s on s.id = l.session_id
                where s.runner_id = ?""", String.class, TestApplication.userId("runner.priya"))).isEqualTo("DONE");
    }

    @Test
    void theBridgeWithExtensionRunsBothPhasesOfEveryRepAndPauseHoldsTheClock() {
        long bridge = TestPlans.stock(jdbc, "glute-bridge-single-leg-extension");
        assign(new PlanItemDraft(bridge, TestPlans.BRIDGE_WITH_EXTENSION));
        Locator card = openToday("Glute bridge with single-leg extension");
        assertThat(card.locator(".dosage")).containsText(
                "10-12 reps, hold the bridge 3-5 s, then extend one knee and hold 5-10 s, each side, alternating");

        start(card);
        page.clock().runFor(5_000);
        assertThat(card.locator(".coach-headline")).hasText("Rep 1 of 10 · Left");
        assertThat(card.locator(".coach-detail")).hasText("Hold the bridge");
        assertThat(card.locator(".coach-count")).hasText("5 s");
        screenshot("coach-phase-1-phone");
        page.clock().runFor(5_000);
        assertThat(card.locator(".coach-detail")).hasText("Extend one knee and hold");
        assertThat(card.locator(".coach-count")).hasText("10 s");
        assertThat(card.locator(".coach-announce")).hasText("Rep 1 of 10 · Left. Extend one knee and hold, 10 seconds");

        card.locator(".coach-pause").click();
        page.clock().runFor(60_000);
        assertThat(card.locator(".coach-detail")).hasText("Extend one knee and hold");
        assertThat(card.locator(".coach-count")).hasText("10 s");
        screenshot("coach-paused-phone");
        card.locator(".coach-resume").click();
        page.clock().runFor(10_000);
        assertThat(card.locator(".coach-headline")).hasText("Relax");
        card.locator(".coach-skip").click();
        assertThat(card.locator(".coach-headline")).hasText("Rep 1 of 10 · Right");
        assertThat(card.locator(".coach-detail")).hasText("Hold the bridge");

        // the running coach has no serious finding (axe needs the page's own timers)
        page.clock().resume();
        waitForVaadin();
        assertThat(Axe.seriousViolations(page, "runner-coach-running-phone")).isEmpty();
    }

    @Test
    void stoppedAfterTheFirstSetItOffersToRecordOneSetDone() {
        assign(new PlanItemDraft(TestPlans.stock(jdbc, "side-plank"), SIDE_PLANK));
        Locator card = openToday("Side plank");
        start(card);
        // get ready, then set 1: 20 holds of 5 s, 18 relaxes of 3 s and a switch of 5 s; now resting
        page.clock().runFor((5 + 20 * 5 + 18 * 3 + 5 + 2) * 1000L);
        assertThat(card.locator(".coach-headline")).hasText("Rest");
        page.clock().resume();
        card.locator(".coach-stop").click();
        assertThat(page.getByLabel("Sets done (of 2)")).hasValue("1");
        screenshot("coach-stopped-offers-sets-phone");
        button("Save").click();
        assertThat(card.locator(".entry-status")).hasText("Partly done: 1 of 2 sets");
    }

    /** Stopped on a "tap Next" step the runner never confirmed: nothing is recorded as done. */
    @Test
    void stoppedOnUnconfirmedRepsItRecordsNothing() {
        assign(new PlanItemDraft(TestPlans.stock(jdbc, "glute-bridge"), Dosage.builder().reps(Range.of(12)).build()));
        Locator card = openToday("Glute bridge");
        start(card);
        page.clock().runFor(6_000);
        assertThat(card.locator(".coach-detail")).hasText("12 reps, then tap Next");
        page.clock().resume();
        card.locator(".coach-stop").click();
        waitForVaadin();
        assertThat(card.locator(".entry-status")).hasCount(0);
        assertThat(card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark Glute bridge done")))
                .isVisible();
    }

    /** Tom's demo plan is the 7-move mobility circuit, one round: the coach runs it move by move, then all are done. */
    @Test
    void theMobilityCircuitRunsMoveByMoveAndEveryMoveIsDone() {
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        installPausedClock();
        signIn("runner.tom", DEMO_PASSWORD);
        Locator circuit = page.locator(".circuit-box");
        assertThat(circuit.locator("h3.circuit-title")).hasText("Circuit: 1-2 rounds");
        waitForVaadin();
        screenshot("circuit-phone");
        start(circuit);
        List<String> shown = playThrough(circuit, 5 + 615 + 6 * 5);
        assertThat(shown.subList(0, 6)).containsExactly("Get ready", "Round 1 of 1 · 90/90 hip switches",
                "Next move", "Round 1 of 1 · World's greatest stretch · Left", "Switch sides",
                "Round 1 of 1 · World's greatest stretch · Right");
        assertThat(shown.getLast()).isEqualTo("Well done!");
        page.clock().resume();
        assertThat(circuit.locator(".entry-status")).hasCount(7);
        assertThat(circuit.locator(".entry-status").first()).hasText("Done");
    }

    /** Two rounds, stopped after the first: each move records one round of two, so adherence counts rounds. */
    @Test
    void aCircuitStoppedAfterARoundRecordsThatRoundForEveryMove() {
        Dosage move = Dosage.builder().sets(Range.of(2)).duration(Range.of(30)).build();
        long priya = TestApplication.userId("runner.priya");
        LocalDate today = LocalDate.now(clock);
        SignIn.as("pt.maya", () -> {
            PlanDetails draft = plans.createDraft(priya, new PlanDraft("Circuit", null, today, null, List.of(
                    new PlanItemDraft(TestPlans.stock(jdbc, "hamstring-scoops"), move, 1),
                    new PlanItemDraft(TestPlans.stock(jdbc, "standing-forward-fold-calf-pedals"), move, 1))));
            return plans.activate(draft.id(), draft.version(), false);
        });
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        installPausedClock();
        signIn("runner.priya", DEMO_PASSWORD);
        Locator circuit = page.locator(".circuit-box");
        assertThat(circuit).isVisible();
        start(circuit);
        // get ready, two moves of 30 s with a change between: then the rest before round 2
        page.clock().runFor((5 + 30 + 5 + 30 + 2) * 1000L);
        assertThat(circuit.locator(".coach-headline")).hasText("Rest");
        page.clock().resume();
        circuit.locator(".coach-stop").click();
        assertThat(circuit.locator(".entry-status")).hasCount(2);
        assertThat(circuit.locator(".entry-status").first()).hasText("Partly done: 1 of 2 rounds");
        assertThat(jdbc.queryForList("""
                select l.sets_done from exercise_log l join session_log s on s.id = l.session_id
                where s.runner_id = ?""", Integer.class, priya)).containsExactly(1, 1);
        // the week's adherence counts the round done of the two: half of each move
        SignIn.as("runner.priya");
        assertThat(logs.progress(1).weeks().getFirst().percent()).isEqualTo(50);
    }

    private void assign(PlanItemDraft item) {
        long priya = TestApplication.userId("runner.priya");
        LocalDate today = LocalDate.now(clock);
        SignIn.as("pt.maya", () -> {
            PlanDetails draft = plans.createDraft(priya, new PlanDraft("Coach", null, today, null, List.of(item)));
            return plans.activate(draft.id(), draft.version(), false);
        });
    }

    private Locator openToday(String exercise) {
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        installPausedClock();
        signIn("runner.priya", DEMO_PASSWORD);
        assertThat(heading("Today")).isVisible();
        Locator card = page.locator(".exercise-card").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(exercise).setExact(true))));
        assertThat(card).isVisible();
        return card;
    }

    /** Starts the coach and waits for its first step: the first Start builds it on the server. */
    private void start(Locator where) {
        where.locator(".coach-start").first().click();
        assertThat(where.locator(".coach").first()).hasClass(Pattern.compile("running"));
        assertThat(where.locator(".coach-headline").first()).hasText("Get ready");
        pauseClock();
    }

    /** The page's clock, to be paused once the page is there (see {@link #pauseClock()}). */
    private void installPausedClock() {
        page.clock().install();
    }

    /** From here the clock stands still but when the test moves it: nothing counts down on its own. */
    private void pauseClock() {
        page.clock().pauseAt(((Number) page.evaluate("Date.now()")).longValue() + 50); // a moment ahead: the page's time moves while we ask
    }

    /** The headlines the coach shows, one second of its clock at a time, each once as it changes. */
    private List<String> playThrough(Locator card, int seconds) {
        List<String> shown = new ArrayList<>();
        for (int second = 0; second <= seconds + 1; second++) {
            String headline = card.locator(".coach-headline").textContent();
            if (shown.isEmpty() || !shown.getLast().equals(headline)) {
                shown.add(headline);
            }
            if (headline.equals("Well done!")) {
                break;
            }
            if (second == 40) {
                screenshot("coach-running-phone");
            }
            page.clock().runFor(1_000);
        }
        assertThat(card.locator(".coach")).hasClass(Pattern.compile("finished"));
        return shown;
    }
}
