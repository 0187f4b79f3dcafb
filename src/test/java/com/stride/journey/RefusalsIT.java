package com.stride.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stride.base.validation.Messages;
import com.stride.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refused input in a real browser: the message stands next to the field it concerns, in the one
 * wording of its kind, nothing is stored, and what was typed stays on screen to be corrected.
 */
class RefusalsIT extends BrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aDosageOutOfRangeIsSaidUnderItsFieldAndTheDraftKeepsIt() {
        signIn("pt.maya", DEMO_PASSWORD);
        long draft = jdbc.queryForObject("""
                select p.id from plan p join app_user u on u.id = p.runner_id
                where u.username = 'runner.lena' and p.status = 'DRAFT'""", Long.class);
        String before = items(draft);
        open("plans/" + draft);
        page.locator(".plan-item-name").first().click();
        field("Reps").fill("500");
        field("Reps").press("Tab");
        button("Save draft").click();

        Locator reps = page.locator("vaadin-text-field").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Reps").setExact(true))));
        assertThat(reps.locator("[slot=error-message]")).hasText("Use 1-100 reps");
        assertThat(field("Reps")).hasValue("500");
        assertThat(page.locator(".plan-item-problem").first()).hasText("Check this exercise's dosage");
        assertThat(page.getByText("Please correct the highlighted fields. Nothing was saved.")).isVisible();
        field("Reps").scrollIntoViewIfNeeded();
        waitForVaadin();
        screenshot("dosage-refused-desktop");
        assertThat(items(draft)).isEqualTo(before);
    }

    @Test
    void aRefusedNoteKeepsThePainScoreAndANoteWithEmojiReachesThePtAsWritten() {
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        signIn("runner.tom", DEMO_PASSWORD);
        open("today");
        Locator session = page.locator(".session-panel:visible").first();
        session.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("7").setExact(true)).check();
        session.getByLabel("Note for your physical therapist (optional)").fill("<b>sore</b> calves");
        session.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save how it went")).click();

        Locator note = session.locator("vaadin-text-area.session-note");
        assertThat(note.locator("[slot=error-message]")).hasText(Messages.markup());
        assertThat(session.locator(".saved-message"))
                .hasText("Your pain score is saved. Your note is not saved yet: see the message under it.");
        assertThat(session.getByLabel("Note for your physical therapist (optional)")).hasValue("<b>sore</b> calves");
        assertThat(session.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("7").setExact(true)))
                .isChecked();
        note.scrollIntoViewIfNeeded();
        waitForVaadin();
        screenshot("note-refused-phone");
        long tom = jdbc.queryForObject("select id from app_user where username = 'runner.tom'", Long.class);
        assertThat(lastSession(tom)).containsEntry("pain_during", 7).containsEntry("note", null);

        String written = "Sore calves \uD83D\uDE23 but finished \uD83D\uDCAA\uD83C\uDFFD \u2014 m\u00FCde";
        session.getByLabel("Note for your physical therapist (optional)").fill(written);
        assertThat(note.locator("[slot=helper]")).containsText(written.codePointCount(0, written.length())
                + " / 1,000 characters");
        session.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save how it went")).click();
        assertThat(session.locator(".saved-message")).hasText("Saved. Your physical therapist will see it.");
        assertThat(lastSession(tom)).containsEntry("pain_during", 7).containsEntry("note", written);

        useViewport(1280, 800); // a new browser context: signed out
        signIn("pt.sam", DEMO_PASSWORD);
        open("runners/" + tom);
        Locator row = page.locator("vaadin-grid.notes-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(written));
        assertThat(row).hasCount(1);
        row.scrollIntoViewIfNeeded();
        screenshot("emoji-note-seen-by-pt-desktop");
    }

    private java.util.Map<String, Object> lastSession(long runner) {
        return jdbc.queryForMap("select pain_during, note from session_log where runner_id = ? "
                + "order by updated_at desc, id desc limit 1", runner);
    }

    @Test
    void anAccountWithABadEmailIsSaidNextToTheEmail() {
        signIn("admin", DEMO_PASSWORD);
        open("accounts");
        button("New account").click();
        field("Name").fill("Ana Souza");
        field("Username").fill("ana.souza");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Email").setExact(true))
                .fill("ana.souza@clinic");
        button("Create account").click();

        Locator email = page.locator("vaadin-email-field");
        assertThat(email.locator("[slot=error-message]")).hasText("Enter a valid email address");
        assertThat(field("Name")).hasValue("Ana Souza");
        waitForVaadin();
        screenshot("account-refused-desktop");
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        signIn("admin", DEMO_PASSWORD);
        open("password");
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("river stone lantern");
        page.getByLabel("Repeat the new password", new Page.GetByLabelOptions().setExact(true))
                .fill("river stone lanterns");
        button("Change password").click();
        assertThat(page.locator("vaadin-password-field").nth(2).locator("[slot=error-message]"))
                .hasText("The two passwords are not the same");
        waitForVaadin();
        screenshot("password-mismatch-phone");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'ana.souza'", Integer.class))
                .isZero();
    }

    private String items(long plan) {
        return jdbc.queryForList("""
                select i.position, i.reps_min, i.reps_max from plan_item i
                join plan_revision r on r.id = i.revision_id where r.plan_id = ? order by i.position""", plan)
                .toString();
    }
}
