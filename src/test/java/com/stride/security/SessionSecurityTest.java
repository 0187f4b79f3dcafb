package com.stride.security;

import static com.stride.test.WebClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import com.stride.test.BrowserTest;
import com.stride.test.WebClient;
import com.stride.test.WebIntegrationTest;
import java.io.IOException;
import java.net.http.HttpResponse;
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
