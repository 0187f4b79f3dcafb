package com.stride.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stride.test.BrowserTest;
import com.stride.test.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two-step sign-in in a real browser: a PT turns it on with the key an authenticator app would
 * scan, keeps the recovery codes, and from then on signs in with password and code; a recovery
 * code works once; turning it on ends the PT's session in another browser.
 */
class TwoStepJourneyIT extends BrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @BeforeEach
    void noSecondFactor() {
        jdbc.update("delete from login_failure");
        jdbc.update("delete from recovery_code");
        jdbc.update("update app_user set totp_secret = null, totp_enabled_at = null, totp_last_step = null");
        jdbc.update("update clinic set require_two_step = false");
    }

    @Test
    void aPtTurnsItOnAndThenSignsInWithPasswordAndCodeOrARecoveryCodeOnce() {
        BrowserContext otherBrowser = signedInElsewhere("pt.sam");

        signIn("pt.sam", DEMO_PASSWORD);
        assertThat(heading("Your runners")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Two-step sign-in")).click();
        assertThat(heading("Two-step sign-in")).isVisible();
        assertThat(page.getByRole(AriaRole.IMG,
                new Page.GetByRoleOptions().setName("QR code to add Stride to your authenticator app"))).isVisible();
        waitForVaadin();
        screenshot("1-setup-desktop");
        String key = page.locator(".two-step-key").innerText();

        field("6-digit code from the app").fill("000000");
        button("Turn on two-step sign-in").click();
        assertThat(page.getByText("This code is not right")).isVisible();
        field("6-digit code from the app").fill(code(key));
        button("Turn on two-step sign-in").click();

        Locator codes = page.locator(".recovery-codes li");
        assertThat(codes).hasCount(10);
        List<String> recovery = codes.allInnerTexts();
        waitForVaadin();
        screenshot("2-recovery-codes-desktop");
        button("I have saved my recovery codes").click();
        // the page's own statement, not the notification that says so too
        assertThat(page.locator("p.two-step-on")).containsText("Two-step sign-in is on.");
        otherBrowser.pages().getFirst().navigate(url("runners"));
        assertThat(otherBrowser.pages().getFirst()).hasURL(Pattern.compile(".*/login$"));
        otherBrowser.close();

        // the password alone: the code page, still signed out
        signOut();
        signIn("pt.sam", DEMO_PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/two-step$"));
        assertThat(heading("Two-step sign-in")).isVisible();
        waitForVaadin();
        screenshot("3-code-step-desktop");
        open("runners");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        signIn("pt.sam", DEMO_PASSWORD);
        TestClock.advance(Duration.ofSeconds(Totp.PERIOD_SECONDS));
        field("Code").fill(code(key));
        button("Sign in").click();
        assertThat(heading("Your runners")).isVisible();

        // a lost phone: a recovery code, once
        signOut();
        signIn("pt.sam", DEMO_PASSWORD);
        field("Code").fill(recovery.get(0));
        button("Sign in").click();
        assertThat(heading("Two-step sign-in")).isVisible();
        assertThat(page.getByText("9 of your recovery codes are unused.")).isVisible();
        signOut();
        signIn("pt.sam", DEMO_PASSWORD);
        field("Code").fill(recovery.get(0));
        button("Sign in").click();
        assertThat(page.getByText("This recovery code is not right or was used already.")).isVisible();
        waitForVaadin();
        screenshot("4-recovery-code-used-desktop");

        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        signIn("pt.sam", DEMO_PASSWORD);
        assertThat(heading("Two-step sign-in")).isVisible();
        waitForVaadin();
        screenshot("5-code-step-phone");
    }

    @Test
    void anAdminRequiresItForTheClinicAndResetsALostPhone() {
        signIn("admin", DEMO_PASSWORD);
        assertThat(heading("Accounts")).isVisible();
        Locator require = page.getByLabel("Require two-step sign-in for every PT and admin");
        require.check();
        assertThat(page.getByText("Turn on two-step sign-in for yourself first")).isVisible();
        assertThat(require).not().isChecked();

        // the admin has set it up (on another device), and Sam too
        jdbc.update("update app_user set totp_secret = ?, totp_enabled_at = now() where username in ('admin', 'pt.sam')",
                new byte[40]);
        require.check();
        assertThat(page.getByText("Two-step sign-in is now required.")).isVisible();
        waitForVaadin();
        screenshot("1-accounts-two-step-required-desktop");

        page.locator(".account-name", new Page.LocatorOptions().setHasText("Sam Okafor")).click();
        button("Reset two-step sign-in").click();
        button("Reset").click();
        assertThat(page.getByText("Two-step sign-in of Sam Okafor is reset.")).isVisible();
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select totp_enabled_at is null from app_user where username = 'pt.sam'", Boolean.class)).isTrue();

        // Maya has no second factor: after her password, she sets one up before anything else
        signOut();
        signIn("pt.maya", DEMO_PASSWORD);
        assertThat(page.getByText("Your clinic requires two-step sign-in for PTs and admins.")).isVisible();
        open("runners");
        assertThat(page.getByText("Your clinic requires two-step sign-in for PTs and admins.")).isVisible();
        waitForVaadin();
        screenshot("2-pt-must-set-it-up-desktop");
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        signIn("pt.maya", DEMO_PASSWORD);
        assertThat(page.getByText("Your clinic requires two-step sign-in for PTs and admins.")).isVisible();
        waitForVaadin();
        screenshot("3-pt-must-set-it-up-phone");
        jdbc.update("update clinic set require_two_step = false");
    }

    @Test
    void theSetupReadsWellOnAPhone() {
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        signIn("pt.maya", DEMO_PASSWORD);
        open("account/two-step");
        assertThat(page.getByRole(AriaRole.IMG,
                new Page.GetByRoleOptions().setName("QR code to add Stride to your authenticator app"))).isVisible();
        waitForVaadin();
        screenshot("setup-phone");
    }

    @Test
    void aPasswordChangeInOneBrowserEndsTheSessionInAnother() {
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'runner.priya'",
                String.class);
        try {
            BrowserContext phone = signedInElsewhere("runner.priya");

            signIn("runner.priya", DEMO_PASSWORD);
            open("password");
            page.getByLabel("Current password", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("amber kestrel orchard");
            page.getByLabel("Repeat the new password", new Page.GetByLabelOptions().setExact(true))
                    .fill("amber kestrel orchard");
            button("Change password").click();
            assertThat(page.getByText("Your password is changed.")).isVisible();

            // this browser goes on
            open("today");
            assertThat(page).hasURL(Pattern.compile(".*/today$"));
            Page other = phone.pages().getFirst();
            other.navigate(url("history"));
            // the other one is signed out
            assertThat(other).hasURL(Pattern.compile(".*/login$"));
            phone.close();
        } finally {
            jdbc.update("update app_user set password_hash = ? where username = 'runner.priya'", hash);
        }
    }

    private void signOut() {
        button("Sign out").click();
        page.waitForURL(Pattern.compile(".*/login\\?logout$"));
    }

    /** Another browser (its own cookies), signed in as the same person. */
    private BrowserContext signedInElsewhere(String username) {
        BrowserContext other = page.context().browser().newContext();
        Page otherPage = other.newPage();
        otherPage.navigate(url("login"));
        otherPage.getByLabel("Username").fill(username);
        otherPage.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
        otherPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        otherPage.waitForURL(Pattern.compile(".*/(runners|today)$"));
        return other;
    }

    /** What the authenticator app shows now for the key on the page. */
    private String code(String key) {
        return Totp.code(Base32.decode(key), Totp.step(clock.instant()));
    }
}
