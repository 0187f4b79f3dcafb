package com.stride.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stride.test.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin's journeys in a real browser: a new runner linked to a PT, the one-time link, the
 * runner's first sign-in, the PT's list; and a deactivation that ends an open session.
 */
class AdministrationIT extends BrowserTest {

    private static final String NEW_PASSWORD = "tidal copper meadow";

    @Autowired
    private JdbcTemplate jdbc;

    private long lastAuditId;

    @BeforeEach
    void mark() {
        jdbc.update("delete from login_failure");
        lastAuditId = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    @Test
    void theAdminCreatesALinkedRunnerWhoSetsAPasswordSignsInAndAppearsOnThePtsList() {
        signIn("admin", DEMO_PASSWORD);
        assertThat(heading("Accounts")).isVisible();
        waitForVaadin();
        screenshot("accounts-desktop");

        button("New account").click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Nia Runner");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill("nia.runner");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill("nia@example.test");
        page.getByLabel("Physical therapists").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Maya Chen")).click();
        waitForVaadin();
        // the list closes after a choice, so it does not cover the Create button
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Maya Chen"))).isHidden();
        screenshot("new-account");
        button("Create account").click();

        String link = oneTimeLinkShown();
        screenshot("link-shown-once");
        context.grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
        button("Copy link").click();
        assertThat(page.locator(".copy-status")).hasText("Copied. Paste it where Nia Runner will see it.");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(link);
        screenshot("link-copied");
        button("I have copied the link").click();
        assertThat(page.locator("vaadin-grid").getByText("Nia Runner")).isVisible();
        button("Sign out").click();
        assertThat(page.getByText("You have signed out.")).isVisible();

        // The runner, on a phone, opens the link and chooses a password.
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        page.navigate(link);
        waitForVaadin();
        assertThat(heading("Welcome, Nia Runner")).isVisible();
        screenshot("set-password-phone");
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
        page.getByLabel("Repeat the password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
        button("Set password").click();
        assertThat(page.getByText("Your password is set.")).isVisible();
        assertThat(page.getByLabel("Username")).hasValue("nia.runner");
        assertThat(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))).isFocused();
        screenshot("username-filled-in-phone");

        signIn("nia.runner", NEW_PASSWORD);
        assertThat(page.getByText("No plan yet")).isVisible();
        screenshot("first-sign-in-phone");

        // The same link does not work twice.
        page.navigate(link);
        assertThat(heading("This link cannot be used")).isVisible();

        useViewport(1280, 800);
        signIn("pt.maya", DEMO_PASSWORD);
        assertThat(heading("Your runners")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nia Runner"))).isVisible();
        waitForVaadin();
        screenshot("pt-runners");

        assertThat(jdbc.queryForList("""
                        select e.action || ' ' || coalesce(u.username, '-') from audit_event e
                        left join app_user u on u.id = e.user_id where e.id > ? order by e.id""", String.class,
                lastAuditId))
                .containsExactly("LOGIN_SUCCEEDED admin", "ACCOUNT_CREATED admin", "THERAPISTS_LINKED admin",
                        "LINK_ISSUED admin", "LOGOUT admin", "PASSWORD_SET nia.runner", "LOGIN_SUCCEEDED nia.runner",
                        "LOGIN_SUCCEEDED pt.maya");

        useViewport(1280, 800);
        signIn("admin", DEMO_PASSWORD);
        assertThat(heading("Accounts")).isVisible();
        open("audit");
        assertThat(heading("Audit log")).isVisible();
        assertThat(page.locator("vaadin-grid").getByText("Password set with a one-time link").first()).isVisible();
        waitForVaadin();
        screenshot("audit-desktop");
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        waitForVaadin();
        screenshot("audit-phone");
        open("accounts");
        screenshot("accounts-phone");
    }

    @Test
    void deactivatingARunnerEndsTheirOpenSession() {
        BrowserContext admin = context;
        Page adminPage = page;
        useViewportKeeping(PHONE_WIDTH, PHONE_HEIGHT);
        signIn("runner.tom", DEMO_PASSWORD);
        assertThat(heading("Today")).isVisible();
        Page runnerPage = page;

        page = adminPage;
        signIn("admin", DEMO_PASSWORD);
        page.getByLabel("Search accounts").fill("tom");
        assertThat(page.getByText("1 account", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.locator("vaadin-grid .account-name:visible", new Page.LocatorOptions().setHasText("Tom Becker")).click();
        button("Deactivate").click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Deactivate")).click();
        assertThat(page.getByText("Deactivated Tom Becker.")).isVisible();

        // The runner's open page makes its next request: the session is gone.
        page = runnerPage;
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("^Mark .* done$"))).first().click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        assertThat(page.url()).contains("/login");
        admin.close();
        jdbc.update("update app_user set active = true where username = 'runner.tom'");
    }

    /** Opens a second browser context (a second person) without closing the first. */
    private void useViewportKeeping(int width, int height) {
        context = null;
        useViewport(width, height);
    }
}
