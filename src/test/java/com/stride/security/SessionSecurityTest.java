package com.stride.security;

import static com.stride.test.WebClient.location;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.stride.account.PasswordService;
import com.stride.test.BrowserTest;
import com.stride.test.SignIn;
import com.stride.test.TestClock;
import com.stride.test.WebClient;
import com.stride.test.WebIntegrationTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sign-in, session and endpoint rules over real HTTP against the running app (no browser). */
@WebIntegrationTest
class SessionSecurityTest {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PasswordService passwords;

    private WebClient client;

    @BeforeEach
    void newClient() {
        client = new WebClient(port);
        jdbc.update("update app_user set active = true");
        // These tests sign in wrongly on purpose, all from one address: keep them under the throttle.
        jdbc.update("delete from login_failure");
    }

    @Test
    void healthIsPublicAndNothingElseOfActuatorIs() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");

        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info"}) {
            assertThat(get(path).statusCode()).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void correctPasswordSignsInWithAFreshSessionId() throws Exception {
        get("/login");
        String before = sessionId().orElseThrow();

        HttpResponse<String> response = postLogin("pt.maya", BrowserTest.DEMO_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).doesNotContain("error");
        assertThat(sessionId()).isPresent().get().isNotEqualTo(before);
        assertThat(get("/runners").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select last_login_at is not null from app_user where username = 'pt.maya'",
                Boolean.class)).isTrue();
    }

    @Test
    void wrongPasswordUnknownUserAndDeactivatedAccountAreAllRefusedAlike() throws Exception {
        jdbc.update("update app_user set active = false where username = 'runner.tom'");

        assertThat(location(postLogin("pt.maya", "wrong-password-here"))).endsWith("/login?error");
        assertThat(location(postLogin("nobody.here", BrowserTest.DEMO_PASSWORD))).endsWith("/login?error");
        assertThat(location(postLogin("runner.tom", BrowserTest.DEMO_PASSWORD))).endsWith("/login?error");
        assertThat(get("/today").statusCode()).isEqualTo(302);
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> fromEvilOrigin = postLogin("pt.maya", BrowserTest.DEMO_PASSWORD,
                "Origin", "https://evil.example");
        assertThat(fromEvilOrigin.statusCode()).isEqualTo(403);
        HttpResponse<String> crossSite = postLogin("pt.maya", BrowserTest.DEMO_PASSWORD,
                "Sec-Fetch-Site", "cross-site");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(get("/runners").statusCode()).isEqualTo(302);

        HttpResponse<String> sameOrigin = postLogin("pt.maya", BrowserTest.DEMO_PASSWORD,
                "Origin", "http://localhost:" + port);
        assertThat(location(sameOrigin)).doesNotContain("error");
        assertThat(get("/runners").statusCode()).isEqualTo(200);
    }

    @Test
    void aSignInFromTheSameHostAtAnotherPortOrSchemeIsRefused() throws Exception {
        String[][] otherOrigins = {
                {"Origin", "http://localhost:" + (port + 1)},
                {"Origin", "https://localhost:" + port},
                {"Origin", "http://localhost"},
                {"Origin", "null"},
                {"Origin", "null", "Sec-Fetch-Site", "cross-site"},
                {"Sec-Fetch-Site", "same-site"},
                {"Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-site"},
        };
        for (String[] headers : otherOrigins) {
            HttpResponse<String> response = postLogin("pt.maya", BrowserTest.DEMO_PASSWORD, headers);
            assertThat(response.statusCode()).as(String.join(" ", headers)).isEqualTo(403);
        }
        assertThat(get("/runners").statusCode()).isEqualTo(302);

        HttpResponse<String> sameOrigin = postLogin("pt.maya", BrowserTest.DEMO_PASSWORD,
                "Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin");
        assertThat(location(sameOrigin)).doesNotContain("error");
        // what Chromium sends for our own form under Referrer-Policy: no-referrer
        HttpResponse<String> ownFormWithoutReferrer = new WebClient(port).postLogin("pt.maya",
                BrowserTest.DEMO_PASSWORD, "Origin", "null", "Sec-Fetch-Site", "same-origin");
        assertThat(location(ownFormWithoutReferrer)).doesNotContain("error");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/runners", "/nowhere", "/VAADIN/nowhere.js"}) {
            var headers = get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).get(as(STRING))
                    .contains("object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
                            "default-src 'self'")
                    .doesNotContain("*", "http:", "https:");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(headers.firstValue("Permissions-Policy")).get(as(STRING))
                    .contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
            // plain HTTP here: HSTS only over HTTPS (ProductionProfileTest sees it there)
            assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void accountWithoutAPasswordCannotSignIn() throws Exception {
        jdbc.update("update app_user set password_hash = null where username = 'runner.lena'");

        assertThat(location(postLogin("runner.lena", BrowserTest.DEMO_PASSWORD))).endsWith("/login?error");
    }

    @Test
    void usernameIsNotCaseSensitive() throws Exception {
        assertThat(location(postLogin("PT.Maya", BrowserTest.DEMO_PASSWORD))).doesNotContain("error");
    }

    @Test
    void deactivationEndsAnOpenSessionOnItsNextRequest() throws Exception {
        postLogin("runner.jordan", BrowserTest.DEMO_PASSWORD);
        assertThat(get("/today").statusCode()).isEqualTo(200);

        jdbc.update("update app_user set active = false where username = 'runner.jordan'");
        HttpResponse<String> next = get("/today");

        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).endsWith("/login");
        // The session itself is gone, so reactivating the account does not bring it back.
        jdbc.update("update app_user set active = true where username = 'runner.jordan'");
        assertThat(get("/today").statusCode()).isEqualTo(302);
    }

    @Test
    void aPasswordChangeEndsEveryOtherSessionOfThatPersonOnItsNextRequest() throws Exception {
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'runner.priya'",
                String.class);
        WebClient phone = new WebClient(port);
        WebClient laptop = new WebClient(port);
        assertThat(phone.signIn("runner.priya", BrowserTest.DEMO_PASSWORD)).doesNotContain("error");
        assertThat(laptop.signIn("runner.priya", BrowserTest.DEMO_PASSWORD)).doesNotContain("error");
        assertThat(client.signIn("pt.maya", BrowserTest.DEMO_PASSWORD)).doesNotContain("error");
        assertThat(phone.get("/today").statusCode()).isEqualTo(200);

        try {
            SignIn.as("runner.priya", () -> passwords.changeOwn(BrowserTest.DEMO_PASSWORD, "amber kestrel orchard"));

            for (WebClient signedInBefore : List.of(phone, laptop)) {
                HttpResponse<String> next = signedInBefore.get("/today");
                assertThat(next.statusCode()).isEqualTo(302);
                assertThat(location(next)).endsWith("/login");
                assertThat(signedInBefore.get("/today").statusCode()).as("the session is gone").isEqualTo(302);
            }
            assertThat(get("/runners").statusCode()).as("someone else's session goes on").isEqualTo(200);
            assertThat(new WebClient(port).signIn("runner.priya", "amber kestrel orchard")).doesNotContain("error");
            assertThat(auditCount("SESSION_REVOKED", "runner.priya")).isEqualTo(2);
        } finally {
            jdbc.update("update app_user set password_hash = ? where username = 'runner.priya'", hash);
        }
    }

    @Test
    void aSessionEndsTwelveHoursAfterSigningInHoweverBusyItIs() throws Exception {
        assertThat(client.signIn("pt.maya", BrowserTest.DEMO_PASSWORD)).doesNotContain("error");
        assertThat(get("/runners").statusCode()).isEqualTo(200);

        TestClock.advance(Duration.ofHours(12).minusMinutes(1));
        assertThat(get("/runners").statusCode()).isEqualTo(200);
        TestClock.advance(Duration.ofMinutes(1));
        HttpResponse<String> next = get("/runners");

        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).endsWith("/login");
        assertThat(auditCount("SESSION_LIFETIME_REACHED", "pt.maya")).isEqualTo(1);
    }

    @Test
    void withASecondFactorThePasswordAloneSignsNobodyIn() throws Exception {
        jdbc.update("update app_user set totp_secret = ?, totp_enabled_at = now() where username = 'pt.sam'",
                new byte[40]);
        try {
            get("/login");
            String before = sessionId().orElseThrow();
            HttpResponse<String> password = postLogin("pt.sam", BrowserTest.DEMO_PASSWORD);

            assertThat(location(password)).endsWith("/two-step");
            assertThat(sessionId()).get().as("the pending sign-in has a session of its own").isNotEqualTo(before);
            HttpResponse<String> runners = get("/runners");
            assertThat(runners.statusCode()).isEqualTo(302);
            assertThat(location(runners)).endsWith("/login");
            assertThat(get("/two-step").statusCode()).isEqualTo(200);
            assertThat(auditCount("LOGIN_SUCCEEDED", "pt.sam")).isZero();
            assertThat(jdbc.queryForObject("select count(*) from login_failure", Integer.class))
                    .as("a right password is no failure").isZero();
            assertThat(location(postLogin("pt.sam", "wrong-password-here"))).endsWith("/login?error");
        } finally {
            jdbc.update("update app_user set totp_secret = null, totp_enabled_at = null where username = 'pt.sam'");
        }
    }

    @Test
    void anonymousRequestsForViewsAreSentToSignIn() throws Exception {
        for (String path : new String[] {"/runners", "/today", "/accounts", "/"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(location(response)).as(path).endsWith("/login");
        }
    }

    @Test
    void passwordsAreStoredOnlyAsDelegatingEncoderHashes() {
        assertThat(jdbc.queryForList("select password_hash from app_user", String.class))
                .isNotEmpty()
                .allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(BrowserTest.DEMO_PASSWORD));
    }

    private int auditCount(String action, String username) {
        return jdbc.queryForObject("select count(*) from audit_event e join app_user u on u.id = e.user_id "
                + "where e.action = ? and u.username = ?", Integer.class, action, username);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.get(path);
    }

    private HttpResponse<String> postLogin(String username, String password, String... headers)
            throws IOException, InterruptedException {
        return client.postLogin(username, password, headers);
    }

    private Optional<String> sessionId() {
        return client.sessionId();
    }
}
