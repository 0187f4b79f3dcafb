package com.stride.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stride.test.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The idle timeout ends a session even while the tab stays open and keeps sending heartbeats.
 * Times are shortened here; production uses 30 minutes and 5-minute heartbeats.
 */
@TestPropertySource(properties = {"stride.security.idle-timeout=5s", "vaadin.heartbeatInterval=1"})
class IdleSessionIT extends BrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anOpenButUnusedTabIsSignedOut() {
        signIn("pt.maya", DEMO_PASSWORD);
        assertThat(heading("Your runners")).isVisible();

        // Nobody touches the page; only Vaadin's heartbeats reach the server.
        page.waitForURL(Pattern.compile(".*/login\\?expired$"), new Page.WaitForURLOptions().setTimeout(30_000));

        assertThat(page.getByText("You were signed out: the app was not used for a while", new Page.GetByTextOptions()))
                .isVisible();
        screenshot("signed-out-after-idle");
        open("runners");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from audit_event e "
                        + "join app_user u on u.id = e.user_id "
                        + "where e.action = 'SESSION_TIMED_OUT' and u.username = 'pt.maya'", Integer.class))
                .as("the timeout is in the audit log").isEqualTo(1);
    }

    @Test
    void someoneUsingTheAppStaysSignedIn() {
        signIn("pt.maya", DEMO_PASSWORD);
        assertThat(heading("Your runners")).isVisible();

        // Interact every 2 s for longer than the 5 s timeout.
        for (int i = 0; i < 5; i++) {
            page.waitForTimeout(2_000);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Runners")).click();
            waitForVaadin();
        }

        assertThat(page).hasURL(Pattern.compile(".*/runners$"));
        assertThat(heading("Your runners")).isVisible();
    }
}
