package com.stride.log;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.Range;
import com.stride.plan.PlanItemDraft;
import com.stride.plan.PlanService;
import com.stride.test.BrowserTest;
import com.stride.test.PainHistory;
import com.stride.test.TestClock;
import com.stride.test.TestPlans;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pain-monitoring model end to end: the runner records a 7 and reads what to do; the PT sees
 * the flag and why, then the suggestion to ease off, and accepts it; the runner's next Today has
 * the easier exercise, and what was logged against the earlier version stays.
 */
class PainModelJourneyIT extends BrowserTest {

    @Autowired
    private PlanService plans;

    @Autowired
    private LogBackfill backfill;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @Test
    void aSevenLeadsToTheEasierExerciseOnlyOnceThePtAccepts() {
        // a week of safe bridge marches, once a day
        long planId = PainHistory.start(plans, jdbc, backfill, clock, List.of(
                new PlanItemDraft(TestPlans.stock(jdbc, "glute-bridge-march"),
                        Dosage.builder().sets(Range.of(2)).reps(Range.of(10)).build()))).days(6, 1, 2).planId();

        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        signIn("runner.priya", DEMO_PASSWORD);
        assertThat(heading("Today")).isVisible();
        button("Mark Glute bridge march done").click();
        assertThat(button("Undo Glute bridge march")).isVisible();
        // the morning question about yesterday's session comes first; this is today's session
        page.locator(".how-it-went").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("7")
                .setExact(true)).check();
        assertThat(page.getByText("7: too much for today")).isVisible();
        button("Save how it went").click();
        Locator advice = page.locator(".pain-advice");
        assertThat(advice.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Too much for today")))
                .isVisible();
        assertThat(advice).containsText("Stop the exercise that hurts and leave it for today.");
        assertThat(advice.getByText("Is this something else?")).isVisible();
        advice.scrollIntoViewIfNeeded();
        waitForVaadin();
        screenshot("advice-phone");
        page.setViewportSize(1280, 900);
        screenshot("advice-desk");
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        button("None of these").click();
        assertThat(advice.getByText(PainGuidance.noSigns())).isVisible();

        // the PT, at a desk
        useViewport(1280, 900);
        signIn("pt.maya", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Priya Nair")).click();
        assertThat(heading("Priya Nair")).isVisible();
        assertThat(page.getByText(Pattern.compile("^Pain above 5: 7/10 during the session of .*: above 5 is too much\\.$")))
                .isVisible();
        Locator suggestion = page.locator(".suggestion").filter(new Locator.FilterOptions()
                .setHasText("Ease off: Glute bridge march → Glute bridge, the easier exercise"));
        assertThat(suggestion).isVisible();
        assertThat(suggestion).containsText("Pain up to 7/10 during the sessions with it (above 5 is too much).");
        waitForVaadin();
        screenshot("suggestion-desk");
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        screenshot("suggestion-phone");
        page.setViewportSize(1280, 900);
        assertThat(jdbc.queryForObject("select count(*) from plan_revision where plan_id = ?", Integer.class, planId))
                .as("nothing changes for the runner until the PT accepts").isEqualTo(1);
        page.getByText("What the runner is told at each pain score").click();
        assertThat(page.getByText(PainGuidance.MORNING_WORSE.advice())).isVisible();
        page.locator(".pain-guidance").scrollIntoViewIfNeeded();
        waitForVaadin();
        screenshot("guidance-table-desk");

        button("Accept: Ease off: Glute bridge march → Glute bridge, the easier exercise").click();
        assertThat(page.getByText("Accepted: the runner's plan has a new version.")).isVisible();
        assertThat(suggestion).hasCount(0);
        assertThat(jdbc.queryForObject("select count(*) from plan_revision where plan_id = ?", Integer.class, planId))
                .isEqualTo(2);

        // the chain the suggestion walked, on the exercise's page
        open("catalogue/" + TestPlans.stock(jdbc, "glute-bridge-march"));
        Locator chain = page.locator(".exercise-steps");
        assertThat(chain.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Glute bridge")
                .setExact(true))).isVisible();
        assertThat(chain.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Glute bridge with single-leg extension"))).isVisible();
        chain.scrollIntoViewIfNeeded();
        waitForVaadin();
        screenshot("exercise-steps-desk");
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        screenshot("exercise-steps-phone");

        // the next day, on the phone: today's session was started with version 1 and kept it
        TestClock.advance(Duration.ofDays(1));
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        signIn("runner.priya", DEMO_PASSWORD);
        assertThat(heading("Today")).isVisible();
        assertThat(button("Mark Glute bridge done")).isVisible();
        assertThat(button("Mark Glute bridge march done")).hasCount(0);
        waitForVaadin();
        screenshot("next-today-phone");
        assertThat(jdbc.queryForObject("""
                select count(*) from exercise_log l join plan_revision r on r.id = l.revision_id
                where r.plan_id = ? and r.number = 1""", Integer.class, planId))
                .as("the 6 days of history and the day of the 7, all on version 1").isEqualTo(7);
        assertThat(jdbc.queryForObject("select pain_during from session_log where runner_id = ? "
                + "order by session_date desc limit 1", Integer.class, userId("runner.priya"))).isEqualTo(7);
    }
}
