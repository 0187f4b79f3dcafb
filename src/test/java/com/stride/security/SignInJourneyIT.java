package com.stride.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import com.stride.test.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every role signs in through the real login form, lands on its home and signs out again. */
class SignInJourneyIT extends BrowserTest {

    @ParameterizedTest(name = "{0} signs in, lands on {1}, signs out")
    @CsvSource({
            "admin,         accounts, Accounts,     Alex Reid",
            "pt.maya,       runners,  Your runners, Maya Chen",
            "runner.jordan, today,    Today,        Jordan Lee",
    })
    void eachRoleSignsInLandsHomeAndSignsOut(String username, String home, String heading, String name) {
        signIn(username, DEMO_PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/" + home + "$"));
        assertThat(heading(heading)).isVisible();
        assertThat(page.locator(".user-footer").getByText(name)).isVisible();
        waitForVaadin();
        screenshot(username + "-home-desktop");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
        assertThat(page.getByText("You have signed out.")).isVisible();
        // The session is gone: the home page now asks for a sign-in again.
        open(home);
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void runnerHomeOnAPhone() {
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        open("login");
        screenshot("login-phone");

        signIn("runner.jordan", DEMO_PASSWORD);

        assertThat(heading("Today")).isVisible();
        waitForVaadin();
        screenshot("runner-home-phone");
        // Nothing may scroll sideways on a phone.
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
    }

    @Test
    void wrongPasswordShowsAClearErrorAndStaysSignedOut() {
        signIn("pt.maya", "not-the-password");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Incorrect username or password")).isVisible();
        screenshot("bad-login");
        open("runners");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void runnerTypingATherapistAddressIsRefused() {
        signIn("runner.jordan", DEMO_PASSWORD);
        assertThat(heading("Today")).isVisible();

        open("runners");

        assertThat(heading("This page is not available to you")).isVisible();
        assertThat(heading("Your runners")).hasCount(0);
        screenshot("runner-refused");
    }

    @Test
    void anonymousVisitorIsSentToSignIn() {
        open("accounts");

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(heading("Accounts")).hasCount(0);
    }

    @Test
    void unknownAddressShowsAFriendlyNotFoundPage() {
        signIn("admin", DEMO_PASSWORD);
        assertThat(heading("Accounts")).isVisible();

        open("no-such-page");

        assertThat(heading("Page not found")).isVisible();
        assertThat(page.getByText("Exception")).hasCount(0);
        screenshot("not-found");
    }
}
