package com.stride.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stride.test.BrowserTest;
import com.stride.test.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole clinic, as its people meet it, in one story: the admin creates a PT and a runner and
 * links them; both choose a password through their one-time link; the PT builds, adjusts, assigns
 * and prints a plan; the runner does the session on a phone and answers the next morning (the
 * app's clock moves a day, nobody sleeps); the PT follows up; the admin finds every step in the
 * audit log. Screenshots of every step: target/screenshots/ClinicJourneyIT/.
 */
class ClinicJourneyIT extends BrowserTest {

    private static final String PT_PASSWORD = "harbour lantern quietly";
    private static final String RUNNER_PASSWORD = "meadow copper sprint";
    private static final String NOTE = "Hamstrings tight after the long run, eased by the end.";

    @Autowired
    private JdbcTemplate jdbc;

    private long firstAuditId;
    private LocalDate day;

    @BeforeEach
    void mark() {
        jdbc.update("delete from login_failure");
        firstAuditId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from audit_event", Long.class);
        // The story starts at 10:00 in the app's time, whatever the real time: no midnight mid-test.
        day = LocalDate.now(TestClock.INSTANCE);
        TestClock.setTo(day.atTime(10, 0).atZone(TestClock.INSTANCE.getZone()).toInstant());
    }

    @Test
    void aNewPtAndRunnerFromAccountsToFollowUp() throws IOException {
        String ptLink = adminCreatesAccount("Noor Haddad", "pt.noor", "noor@example.test", "Physical therapist", null);
        String runnerLink = adminCreatesAccount("Ella Brooks", "runner.ella", "ella@example.test", "Runner",
                "Noor Haddad");
        signOut();

        setsPassword(ptLink, "Noor Haddad", PT_PASSWORD, "1-4-pt-sets-password");
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        setsPassword(runnerLink, "Ella Brooks", RUNNER_PASSWORD, "1-5-runner-sets-password-phone");

        useViewport(1280, 900);
        ptBuildsAssignsAndPrintsThePlan();
        runnerDoesTheSessionOnAPhoneAndAnswersNextMorning();
        ptFollowsUp();
        adminFindsEveryStepInTheAuditLog();
    }

    // ----- 1. the admin

    private String adminCreatesAccount(String name, String username, String email, String role, String therapist) {
        if (!page.url().contains("/accounts")) {
            signIn("admin", DEMO_PASSWORD);
            assertThat(heading("Accounts")).isVisible();
        }
        button("New account").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
        dialog.getByLabel("Username", new Locator.GetByLabelOptions().setExact(true)).fill(username);
        dialog.getByLabel("Email", new Locator.GetByLabelOptions().setExact(true)).fill(email);
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(role).setExact(true)).check();
        if (therapist != null) {
            dialog.getByLabel("Physical therapists").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(therapist)).click();
            dialog.getByRole(AriaRole.HEADING).click();
        }
        waitForVaadin();
        String step = therapist == null ? "1-1-admin-new-pt" : "1-2-admin-new-runner-linked";
        screenshot(step);
        button("Create account").click();

        String link = oneTimeLinkShown();
        screenshot(step + "-link");
        button("I have copied the link").click();
        assertThat(page.locator("vaadin-grid .account-name:visible", new Page.LocatorOptions().setHasText(name)))
                .isVisible();
        return link;
    }

    private void setsPassword(String link, String name, String password, String step) {
        page.navigate(link);
        waitForVaadin();
        assertThat(heading("Welcome, " + name)).isVisible();
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByLabel("Repeat the password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        screenshot(step);
        button("Set password").click();
        assertThat(page.getByText("Your password is set.")).isVisible();
    }

    // ----- 2. the new PT

    private void ptBuildsAssignsAndPrintsThePlan() throws IOException {
        signIn("pt.noor", PT_PASSWORD);
        assertThat(heading("Your runners")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ella Brooks")).click();
        assertThat(heading("Ella Brooks")).isVisible();
        waitForVaadin();
        screenshot("2-1-pt-runner-page");

        button("New plan").click();
        waitForVaadin();
        screenshot("2-2-pt-choose-template");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^7-move mobility circuit"))).click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+$"));
        assertThat(itemNames()).hasCount(7);
        waitForVaadin();
        screenshot("2-3-pt-plan-from-template");

        // Two rounds of the circuit (set once, for every move), with a shorter bridge march: 20-30 s.
        itemNames().filter(new Locator.FilterOptions().setHasText("Glute bridge march")).click();
        assertThat(page.getByText("Dosage of Glute bridge march")).isVisible();
        field("Rounds").fill("2");
        field("Duration").fill("20-30");
        field("Duration").press("Tab");
        assertThat(planItem("Glute bridge march")).containsText("Circuit 1 · 2 rounds · 20-30 s, alternating sides");
        assertThat(planItem("90/90 hip switches")).containsText("Circuit 1 · 2 rounds · 30-60 s");
        waitForVaadin();
        screenshot("2-4-pt-dosage-changed");

        page.getByLabel("Search exercises").fill("calf rase");
        Locator add = button("Add Single-leg calf raise");
        assertThat(add).isVisible();
        waitForVaadin();
        screenshot("2-5-pt-search-typo");
        add.click();
        assertThat(itemNames()).hasCount(8);
        assertThat(itemNames().last()).hasText("Single-leg calf raise");
        // strengthening defaults to 3 days a week; this runner does it daily for now
        itemNames().filter(new Locator.FilterOptions().setHasText("Single-leg calf raise")).click();
        field("Days a week").fill("7");
        field("Days a week").press("Tab");
        assertThat(planItem("Single-leg calf raise")).not().containsText("days a week");

        button("Save draft").click();
        assertThat(page.getByText("Draft saved.")).isVisible();
        button("Assign to runner").click();
        assertThat(page.getByText("Assigned: Ella Brooks now sees this plan.")).isVisible();
        waitForVaadin();
        screenshot("2-6-pt-assigned");

        Download download = page.waitForDownload(() -> page.getByText("Download PDF").click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Home exercise plan for Ella Brooks", "Circuit: 2 rounds of the next 7 moves",
                    "Glute bridge march 20-30 s, alternating sides", "Single-leg calf raise");
        }
        download.saveAs(java.nio.file.Paths.get("target/screenshots/ClinicJourneyIT/2-7-plan.pdf"));
        signOut();
    }

    // ----- 3. the runner, on a phone

    private void runnerDoesTheSessionOnAPhoneAndAnswersNextMorning() {
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        // The browser's clock is Playwright's, so the coach can run the whole circuit without waiting.
        page.clock().install();
        signIn("runner.ella", RUNNER_PASSWORD);
        assertThat(heading("Today")).isVisible();
        assertThat(card("Glute bridge march")).containsText("20-30 s, alternating sides");
        assertThat(card("Single-leg calf raise")).isVisible();
        waitForVaadin();
        screenshot("3-1-runner-today-phone");

        // The circuit's coach: 5 s to get ready, two rounds of the seven moves (the march 30 s, the
        // others 60 s, per side where they are one-sided, 5 s between moves) and 30 s rest between
        // rounds; at the end every move is done.
        Locator circuit = page.locator(".circuit-box");
        circuit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Start coach · about 21 min: the circuit")).click();
        assertThat(circuit.locator(".coach")).hasClass(Pattern.compile("running"));
        page.clock().runFor(6_000);
        assertThat(circuit.locator(".coach-headline")).hasText("Round 1 of 2 · 90/90 hip switches");
        assertThat(circuit.locator(".coach-detail")).hasText("Keep moving, alternating sides");
        screenshot("3-2-runner-coach-running");
        page.clock().runFor((2 * (585 + 6 * 5) + 30) * 1000L);
        assertThat(circuit.locator(".coach-headline")).hasText("Well done!");
        assertThat(card("Glute bridge march").locator(".entry-status")).hasText("Done");
        assertThat(circuit.locator(".entry-status")).hasCount(7);
        screenshot("3-3-runner-coach-done");

        assertThat(page.locator(".exercise-card h3")).hasCount(8);
        button("Mark Single-leg calf raise done").click();
        waitForVaadin();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("6").setExact(true)).check();
        page.getByLabel("Note for your physical therapist (optional)").fill(NOTE);
        button("Save how it went").click();
        assertThat(page.getByText("Saved. Your physical therapist will see it.")).isVisible();
        waitForVaadin();
        screenshot("3-4-runner-session-logged");

        // The next morning at 8: the app's clock moves on (by the calendar, not by 24 hours). Her
        // session of yesterday is older than the 12-hour limit: she signs in again.
        TestClock.setTo(day.plusDays(1).atTime(8, 0).atZone(TestClock.INSTANCE.getZone()).toInstant());
        open("today");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        signIn("runner.ella", RUNNER_PASSWORD);
        assertThat(heading("Today")).isVisible();
        Locator morning = page.locator(".morning-question");
        assertThat(morning).containsText("How is the pain after yesterday's session?");
        waitForVaadin();
        screenshot("3-5-runner-next-morning");
        morning.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("3").setExact(true)).check();
        morning.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Thanks, saved: 3 out of 10 this morning.")).isVisible();
        screenshot("3-6-runner-morning-answered");
        // on a phone the menu is folded away: open it to sign out
        button("Menu").click();
        signOut();
    }

    // ----- 4. the PT follows up

    private void ptFollowsUp() {
        useViewport(1280, 900);
        signIn("pt.noor", PT_PASSWORD);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Pain above 5")).first()).isVisible();
        waitForVaadin();
        screenshot("4-1-pt-runners-with-flag");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ella Brooks")).click();
        assertThat(page.getByText(Pattern.compile("^Pain above 5: 6/10 during the session of"))).isVisible();
        assertThat(page.getByText(NOTE)).isVisible();
        // All 8 exercises yesterday, today's 8 still to come: 8 of 16 this week, or, on a Monday,
        // 0 of 8 this week and 8 of 8 the week before.
        Locator weeks = page.locator(".adherence-table tbody tr");
        if (day.plusDays(1).getDayOfWeek() != DayOfWeek.MONDAY) {
            assertThat(weeks.first()).containsText("This week");
            assertThat(weeks.first()).containsText("50 %");
            assertThat(weeks.first()).containsText("8 of 16");
        } else {
            assertThat(weeks.first()).containsText("0 of 8");
            assertThat(weeks.nth(1)).containsText("100 %");
            assertThat(weeks.nth(1)).containsText("8 of 8");
        }
        waitForVaadin();
        screenshot("4-2-pt-flag-note-adherence");

        button("Mark seen: Pain above 5").click();
        assertThat(page.getByText(Pattern.compile("^Pain above 5: 6/10 during the session of"))).hasCount(0);
        waitForVaadin();
        screenshot("4-3-pt-flag-seen");
        signOut();
    }

    // ----- 5. the admin's audit log

    private void adminFindsEveryStepInTheAuditLog() {
        List<String> recorded = jdbc.queryForList("""
                select e.action || ' ' || coalesce(u.username, '-') from audit_event e
                left join app_user u on u.id = e.user_id where e.id >= ? order by e.id""", String.class, firstAuditId);
        assertThat(recorded).containsSubsequence(
                "ACCOUNT_CREATED admin", "LINK_ISSUED admin",
                "ACCOUNT_CREATED admin", "THERAPISTS_LINKED admin", "LINK_ISSUED admin",
                "PASSWORD_SET pt.noor", "PASSWORD_SET runner.ella",
                "LOGIN_SUCCEEDED pt.noor", "PLAN_CREATED pt.noor", "PLAN_EDITED pt.noor", "PLAN_ASSIGNED pt.noor",
                "PLAN_EXPORTED pt.noor",
                "LOGIN_SUCCEEDED runner.ella", "EXERCISE_LOGGED runner.ella", "SESSION_LOGGED runner.ella",
                "SESSION_LIFETIME_REACHED runner.ella", "LOGIN_SUCCEEDED runner.ella", "MORNING_PAIN_LOGGED runner.ella",
                "LOGIN_SUCCEEDED pt.noor", "FLAG_SEEN pt.noor");
        assertThat(recorded.stream().filter(line -> line.equals("EXERCISE_LOGGED runner.ella"))).hasSize(8);

        signIn("admin", DEMO_PASSWORD);
        open("audit");
        assertThat(heading("Audit log")).isVisible();
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid.getByText("Flag marked seen").first()).isVisible();
        waitForVaadin();
        screenshot("5-1-admin-audit-log");
        showOnly("Noor Haddad", "Noor", grid, "Password set with a one-time link", "Plan created", "Plan edited",
                "Plan assigned", "Plan exported as PDF", "Flag marked seen");
        screenshot("5-2-admin-audit-log-pt");
        showOnly("Ella Brooks", "Ella", grid, "Password set with a one-time link", "Exercise ticked off",
                "Session pain and note saved", "Next-morning pain saved");
        screenshot("5-3-admin-audit-log-runner");
        showOnly("Alex Reid", "Alex", grid, "Account created", "Runner's PTs changed", "One-time link issued");
        screenshot("5-4-admin-audit-log-admin");
    }

    /** Filters the audit log to one person and expects each of the entries. */
    private void showOnly(String name, String typed, Locator grid, String... labels) {
        page.getByLabel("User").fill(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile(name))).click();
        waitForVaadin();
        for (String label : labels) {
            assertThat(grid.getByText(label, new Locator.GetByTextOptions().setExact(true)).first()).isVisible();
        }
    }

    private void signOut() {
        button("Sign out").click();
        assertThat(page.getByText("You have signed out.")).isVisible();
    }

    private Locator itemNames() {
        return page.locator("vaadin-grid.plan-items-grid .plan-item-name:visible");
    }

    private Locator planItem(String name) {
        return page.locator(".plan-item").filter(new Locator.FilterOptions().setHasText(name));
    }

    private Locator card(String name) {
        return page.locator(".exercise-card").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true))));
    }
}
