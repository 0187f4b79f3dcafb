package com.stride.log;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanService;
import com.stride.test.BrowserTest;
import com.stride.test.TestPlans;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A runner's day on a phone: a hold timer, ticking exercises off, pain and a note, an undo; then
 * the PT sees the flag, the note and the adherence.
 */
class RunnerDayIT extends BrowserTest {

    @Autowired
    private PlanService plans;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @Test
    void aRunnerLogsTheSessionOnAPhoneAndThePtSeesIt() {
        PlanDetails plan = TestPlans.assignPriyaPlan(plans, jdbc, LocalDate.now(clock));
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        signIn("runner.priya", DEMO_PASSWORD);
        assertThat(heading("Today")).isVisible();
        assertThat(page.getByText("3 reps, hold 20-30 s, each side")).isVisible();
        waitForVaadin();
        screenshot("today-phone");

        // the coach starts in the browser at once (CoachIT runs whole doses)
        Locator bridge = card("Glute bridge");
        bridge.locator(".coach-start").click();
        assertThat(bridge.locator(".coach")).hasClass(Pattern.compile("running"));
        assertThat(bridge.locator(".coach-headline")).hasText("Get ready");
        bridge.locator(".coach-stop").click();
        assertThat(bridge.locator(".coach")).not().hasClass(Pattern.compile("running"));
        // stopped: only Start again, no Skip or Stop left over
        assertThat(bridge.locator(".coach-start")).isVisible();
        assertThat(bridge.locator(".coach-skip")).isHidden();
        assertThat(bridge.locator(".coach-stop")).isHidden();

        // the steps arrive when the runner opens them
        assertThat(bridge.locator("ol li")).hasCount(0);
        bridge.getByText("How to do it").click();
        assertThat(bridge.locator("ol li").first()).isVisible();
        screenshot("steps-open");
        page.setViewportSize(1280, 900);
        screenshot("steps-open-desk");
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        bridge.getByText("How to do it").click();

        button("Mark Glute bridge done").click();
        button("Mark Kneeling hip flexor stretch done").click();
        button("Mark Single-leg calf raise partly done").click();
        page.getByLabel("Sets done (of 3)").fill("1");
        card("Single-leg calf raise").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByText("Partly done: 1 of 3 sets")).isVisible();

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("6").setExact(true)).check();
        assertThat(page.getByText("6: too much for today")).isVisible();
        page.locator(".how-it-went").scrollIntoViewIfNeeded();
        screenshot("pain-chosen-phone");
        page.getByLabel("Note for your physical therapist (optional)").fill("Left calf felt tight on the last set.");
        button("Save how it went").click();
        assertThat(page.getByText("Saved. Your physical therapist will see it.")).isVisible();

        button("Undo Glute bridge").click();
        assertThat(button("Mark Glute bridge done")).isVisible();
        waitForVaadin();

        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scrolling at 390 px").isTrue();
        List<?> small = (List<?>) page.evaluate("""
                [...document.querySelectorAll('main vaadin-button, main vaadin-radio-button')]
                  .filter(e => e.offsetParent !== null)
                  .map(e => e.getBoundingClientRect())
                  .filter(r => r.height < 44 || r.width < 44)
                  .map(r => r.width + 'x' + r.height)""");
        assertThat(small).as("touch targets of at least 44 px").isEmpty();
        screenshot("logged-phone");

        assertThat(jdbc.queryForList("""
                        select e.code, l.status, l.sets_done
                        from exercise_log l
                        join plan_item i on i.id = l.plan_item_id
                        join exercise e on e.id = i.exercise_id
                        join session_log s on s.id = l.session_id
                        where s.plan_id = ? order by i.position""", plan.id()))
                .containsExactly(
                        row("kneeling-hip-flexor-stretch", "DONE", null),
                        row("single-leg-calf-raise", "PARTIAL", 1));
        assertThat(jdbc.queryForList("select session_number, pain_during, note from session_log where plan_id = ?",
                plan.id())).containsExactly(Map.of("session_number", 1, "pain_during", 6,
                "note", "Left calf felt tight on the last set."));

        // the PT, at a desk
        useViewport(1280, 900);
        signIn("pt.maya", DEMO_PASSWORD);
        Locator priyasRow = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Pain above 5"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Priya Nair"))).isVisible();
        assertThat(priyasRow.first()).isVisible();
        screenshot("runners-with-flags");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Priya Nair")).click();
        assertThat(heading("Priya Nair")).isVisible();
        assertThat(page.getByText(Pattern.compile("^Pain above 5: 6/10 during the session of"))).isVisible();
        assertThat(page.getByText("Left calf felt tight on the last set.")).isVisible();
        // by hand: 3 exercises due today; the stretch (both sides) 1 + the calf raise 1 of 3 sets = 1.3 of 3
        Locator thisWeek = page.locator(".adherence-table tbody tr").first();
        assertThat(thisWeek).containsText("This week");
        assertThat(thisWeek).containsText("44 %");
        assertThat(thisWeek).containsText("1.3 of 3");
        assertThat(page.getByText("Glute bridge: skipped").or(page.getByText("Nothing skipped so far."))).isVisible();
        waitForVaadin();
        screenshot("runner-progress");

        button("Mark seen: Pain above 5").click();
        assertThat(page.getByText(Pattern.compile("^Pain above 5: 6/10 during the session of"))).hasCount(0);
    }

    @Test
    void twiceADaySessionsTheMorningQuestionHistoryAndTheRunnersPageOnAPhone() {
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        signIn("runner.jordan", DEMO_PASSWORD);
        assertThat(page.getByText("Good morning! How is the pain after yesterday's session?")).isVisible();
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Session 2 of 2"))).isVisible();
        waitForVaadin();
        screenshot("today-two-sessions-phone");
        // Save without a score: the message stays through focus changes and a second Save
        Locator morning = page.locator(".morning-question");
        Locator saveMorning = morning.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"));
        saveMorning.click();
        Locator noScore = morning.getByText("Choose a number from 0 to 10, or skip the question");
        assertThat(noScore).isVisible();
        morning.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("0").setExact(true)).focus();
        page.keyboard().press("Tab");
        assertThat(noScore).isVisible();
        saveMorning.click();
        assertThat(noScore).isVisible();
        page.locator(".morning-question").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("5")
                .setExact(true)).check();
        page.locator(".morning-question").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByText("Thanks, saved: 5 out of 10 this morning.")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot something? Correct yesterday's entries"))
                .click();
        assertThat(heading("Yesterday")).isVisible();
        // the first session not fully done opens: yesterday's second one
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Session 2 of 2")))
                .isChecked();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Session 1 of 2")).check();
        assertThat(button("Undo Kneeling hip flexor stretch")).isVisible();

        open("history");
        assertThat(heading("History")).isVisible();
        assertThat(page.locator(".streak")).containsText("in a row");
        assertThat(page.locator(".pain-chart [role=img]")).hasAttribute("aria-label", Pattern.compile("^Pain trend over 12 days"));
        // the past days are drawn in the browser: dates, counts, and a note only where there is one
        assertThat(page.locator(".days-grid .day-note").getByText("Bridges feel easy now.")).isVisible();
        assertThat(page.locator(".days-grid .day-cell").first()).containsText("exercises done");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scrolling at 390 px").isTrue();
        waitForVaadin();
        screenshot("history-phone");
        page.locator(".days-grid").scrollIntoViewIfNeeded();
        screenshot("history-days-phone");

        useViewport(1280, 900);
        signIn("pt.maya", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jordan Lee")).click();
        assertThat(page.getByText("Bridges feel easy now.")).isVisible();
        assertThat(page.locator(".skipped-list")).containsText("Kneeling hip flexor stretch: skipped 2 of 14 times");
        waitForVaadin();
        screenshot("runner-page-desktop");
        page.locator(".pain-chart").scrollIntoViewIfNeeded();
        screenshot("runner-chart-desktop");
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        waitForVaadin();
        screenshot("runner-page-phone");
    }

    private Locator card(String name) {
        return page.locator(".exercise-card").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true))));
    }

    private static Map<String, Object> row(String code, String status, Integer sets) {
        java.util.HashMap<String, Object> row = new java.util.HashMap<>();
        row.put("code", code);
        row.put("status", status);
        row.put("sets_done", sets);
        return row;
    }
}
