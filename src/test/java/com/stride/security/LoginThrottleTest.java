package com.stride.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.account.PasswordService;
import com.stride.base.InvalidInputException;
import com.stride.test.BrowserTest;
import com.stride.test.SignIn;
import com.stride.test.TestClock;
import com.stride.test.WebClient;
import com.stride.test.WebIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Login throttling and the sign-in audit trail, over real HTTP, with the app's clock moved by the test. */
@WebIntegrationTest
class LoginThrottleTest {

    private static final String WRONG = "not-the-password";

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PasswordService passwords;

    private long lastAuditId;

    @BeforeEach
    void clean() {
        jdbc.update("delete from login_failure");
        lastAuditId = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    @Test
    void aSixthAttemptWithinFifteenMinutesIsRefusedEvenWithTheRightPasswordUntilTheWindowPasses() throws Exception {
        WebClient client = new WebClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(client.signIn("pt.sam", WRONG)).endsWith("/login?error");
            TestClock.advance(Duration.ofMinutes(2));
        }

        assertThat(client.signIn("pt.sam", BrowserTest.DEMO_PASSWORD)).endsWith("/login?throttled");
        // Attempts while refused do not extend the lock.
        TestClock.advance(Duration.ofMinutes(10));
        assertThat(client.signIn("pt.sam", BrowserTest.DEMO_PASSWORD)).endsWith("/login?throttled");
        assertThat(client.get("/runners").statusCode()).isEqualTo(302);

        TestClock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(client.signIn("pt.sam", BrowserTest.DEMO_PASSWORD)).doesNotContain("error", "throttled");
        assertThat(client.get("/runners").statusCode()).isEqualTo(200);

        assertThat(newAudit()).containsExactly(
                "LOGIN_FAILED pt.sam", "LOGIN_FAILED pt.sam", "LOGIN_FAILED pt.sam", "LOGIN_FAILED pt.sam",
                "LOGIN_FAILED pt.sam", "LOGIN_THROTTLED pt.sam", "LOGIN_THROTTLED pt.sam", "LOGIN_SUCCEEDED pt.sam");
    }

    @Test
    void anUnknownUsernameIsThrottledTheSameWaySoNothingRevealsWhichAccountsExist() throws Exception {
        WebClient known = new WebClient(port);
        WebClient unknown = new WebClient(port);
        for (int i = 0; i < 5; i++) {
            known.signIn("pt.sam", WRONG);
            unknown.signIn("no.such.person", WRONG);
            // Spread the failures over addresses, so that only the per-username rule applies here.
            jdbc.update("update login_failure set client_address = 'elsewhere-' || id");
        }

        assertThat(known.signIn("pt.sam", BrowserTest.DEMO_PASSWORD)).endsWith("/login?throttled");
        assertThat(unknown.signIn("no.such.person", WRONG)).endsWith("/login?throttled");
        // Failures of an unknown username are audited without a user, and without what was typed.
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where id > ? and action = 'LOGIN_FAILED' and user_id is null
                  and clinic_id is null and target_id is null""", Integer.class, lastAuditId)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like '%no.such%'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from login_failure where username_hash like '%no.such%'",
                Integer.class)).isZero();
    }

    @Test
    void aPausedUsernameWithASecondFactorStillGetsToTheCodeStepSoNobodyCanKeepItsOwnerOut() throws Exception {
        jdbc.update("update app_user set totp_secret = ?, totp_enabled_at = now() where username = 'pt.sam'",
                new byte[40]);
        try {
            WebClient attacker = new WebClient(port);
            for (int i = 0; i < 5; i++) {
                attacker.signIn("pt.sam", WRONG);
                attacker.signIn("pt.maya", WRONG);
                jdbc.update("update login_failure set client_address = 'elsewhere-' || id");
            }

            assertThat(new WebClient(port).signIn("pt.maya", BrowserTest.DEMO_PASSWORD)).endsWith("/login?throttled");
            assertThat(new WebClient(port).signIn("pt.sam", BrowserTest.DEMO_PASSWORD)).endsWith("/two-step");
            // while paused, a wrong password looks the same: the pause tests no passwords
            assertThat(new WebClient(port).signIn("pt.sam", WRONG)).endsWith("/two-step");
        } finally {
            jdbc.update("update app_user set totp_secret = null, totp_enabled_at = null where username = 'pt.sam'");
        }
    }

    @Test
    void fiveFailuresFromOneAddressPauseEveryUsernameFromThatAddress() throws Exception {
        WebClient client = new WebClient(port);
        for (String username : new String[] {"a.one", "b.two", "c.three", "d.four", "e.five"}) {
            assertThat(client.signIn(username, WRONG)).endsWith("/login?error");
        }

        assertThat(client.signIn("pt.maya", BrowserTest.DEMO_PASSWORD)).endsWith("/login?throttled");
        TestClock.advance(Duration.ofMinutes(16));
        assertThat(client.signIn("pt.maya", BrowserTest.DEMO_PASSWORD)).doesNotContain("error", "throttled");
    }

    @Test
    void aSuccessfulSignInStartsTheUsernamesCountAfresh() throws Exception {
        WebClient client = new WebClient(port);
        for (int i = 0; i < 4; i++) {
            client.signIn("pt.sam", WRONG);
        }
        assertThat(client.signIn("pt.sam", BrowserTest.DEMO_PASSWORD)).doesNotContain("error", "throttled");
        jdbc.update("update login_failure set client_address = 'elsewhere-' || id");

        WebClient other = new WebClient(port);
        assertThat(other.signIn("pt.sam", WRONG)).endsWith("/login?error");
        assertThat(other.signIn("pt.sam", BrowserTest.DEMO_PASSWORD)).doesNotContain("error", "throttled");
    }

    @Test
    void twentyParallelWrongGuessesLeaveExactlyFiveFailuresCounted() throws Exception {
        int attempts = 20;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            WebClient client = new WebClient(port);
            outcomes.add(pool.submit(() -> {
                start.await();
                return client.signIn("pt.sam", WRONG);
            }));
        }
        start.countDown();
        List<String> locations = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            locations.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("select count(*) from login_failure", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from login_failure where not pending", Integer.class))
                .as("each decided as a failure").isEqualTo(5);
        assertThat(locations).filteredOn(location -> location.endsWith("/login?error")).hasSize(5);
        assertThat(locations).filteredOn(location -> location.endsWith("/login?throttled")).hasSize(15);
        assertThat(new WebClient(port).signIn("pt.sam", BrowserTest.DEMO_PASSWORD)).endsWith("/login?throttled");
    }

    @Test
    void wrongCurrentPasswordsWhenChangingItCountTowardTheSamePause() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> SignIn.as("pt.sam", () -> passwords.changeOwn(WRONG, "amber kestrel orchard")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("not your current password");
        }

        assertThatThrownBy(() -> SignIn.as("pt.sam",
                () -> passwords.changeOwn(BrowserTest.DEMO_PASSWORD, "amber kestrel orchard")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Too many wrong passwords");
        assertThat(new WebClient(port).signIn("pt.sam", BrowserTest.DEMO_PASSWORD)).endsWith("/login?throttled");
        assertThat(jdbc.queryForObject("select count(*) from login_failure", Integer.class)).isEqualTo(5);
    }

    @Test
    void aRightCurrentPasswordIsNotCountedAsAFailure() {
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'pt.sam'", String.class);
        try {
            SignIn.as("pt.sam", () -> passwords.changeOwn(BrowserTest.DEMO_PASSWORD, "amber kestrel orchard"));
            assertThat(jdbc.queryForObject("select count(*) from login_failure", Integer.class)).isZero();
        } finally {
            jdbc.update("update app_user set password_hash = ? where username = 'pt.sam'", hash);
        }
    }

    private java.util.List<String> newAudit() {
        return jdbc.queryForList("""
                select e.action || ' ' || coalesce(u.username, '-') from audit_event e
                left join app_user u on u.id = e.user_id where e.id > ? order by e.id""", String.class, lastAuditId);
    }
}
