package com.stride;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.test.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app as production runs it: profile prod, an external PostgreSQL given by
 * spring.datasource.url (here a fresh, empty database), no demo data, no default account.
 */
class ProductionProfileTest {

    private static final String PUBLIC_URL = "stride.public-url=https://stride.example.test";

    /** The app in production's profile on the given database, with these further properties. */
    private static SpringApplicationBuilder prod(String url, String... properties) {
        return new SpringApplicationBuilder(Application.class).profiles("prod")
                .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres", "server.port=0",
                        "logging.level.root=warn")
                .properties(properties);
    }
    static final String TOTP_KEY = "STRIDE_TOTP_KEY=" + java.util.Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void refusesToStartWithoutItsPublicAddress() {
        String url = TestDatabase.createEmptyDatabase("stride_prod_no_url");

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                        "server.port=0", "logging.level.root=off", TOTP_KEY)
                .run().close())
                .rootCause().hasMessageContaining("STRIDE_PUBLIC_URL");
    }

    /**
     * Behind the public address, over HTTPS at the proxy: the session cookie is Secure with the
     * __Host- prefix, HSTS is sent, a forged Host header reaches no redirect, and a client cannot
     * choose the address the throttle and the audit log see.
     */
    @Test
    void cookiesHeadersAndAddressesAreProductions() throws Exception {
        String url = TestDatabase.createEmptyDatabase("stride_prod_web");

        try (ConfigurableApplicationContext app = prod(url, PUBLIC_URL, TOTP_KEY,
                        "stride.bootstrap.clinic-name=Northside Physio", "stride.bootstrap.admin-username=owner",
                        "stride.bootstrap.admin-name=Olive Owner", "stride.bootstrap.admin-email=owner@example.org",
                        "stride.bootstrap.admin-password=first admin passphrase")
                .run()) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));

            String login = RawHttp.exchange(port, "GET /login HTTP/1.1\r\nHost: evil.example\r\n"
                    + "X-Forwarded-Host: evil.example\r\nConnection: close\r\n\r\n");
            assertThat(login).startsWith("HTTP/1.1 200");
            assertThat(RawHttp.header(login, "Set-Cookie")).startsWith("__Host-JSESSIONID=")
                    .contains("; Secure", "; HttpOnly", "; Path=/", "SameSite=Lax").doesNotContainIgnoringCase("Domain");
            assertThat(RawHttp.header(login, "Strict-Transport-Security")).contains("max-age=31536000");

            String redirect = RawHttp.exchange(port, "GET /runners HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(redirect).startsWith("HTTP/1.1 302");
            assertThat(RawHttp.header(redirect, "Location")).doesNotContain("evil").endsWith("/login");

            String form = "username=owner&password=wrong";
            String failed = RawHttp.exchange(port, "POST /login HTTP/1.1\r\nHost: stride.example.test\r\n"
                    + "X-Forwarded-For: 203.0.113.9\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + form.length() + "\r\nConnection: close\r\n\r\n" + form);
            assertThat(failed).startsWith("HTTP/1.1 302");
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select client_address from login_failure", String.class))
                    .as("X-Forwarded-For from a client that is no trusted proxy is ignored")
                    .containsExactly("127.0.0.1");
            assertThat(jdbc.queryForList("select client_address from audit_event where action = 'LOGIN_FAILED'",
                    String.class)).containsExactly("127.0.0.1");
        }
    }

    @Test
    void startsOnAnEmptyDatabaseWithNoAccountsAndOnlyHealthExposed() throws Exception {
        String url = TestDatabase.createEmptyDatabase("stride_prod_check");

        try (ConfigurableApplicationContext app = prod(url, PUBLIC_URL, TOTP_KEY)
                .run()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from clinic", Integer.class)).isZero();
            assertThat(app.getBeanNamesForType(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)).isEmpty();

            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aConfiguredProxyGivesTheClientAddress() throws Exception {
        String url = TestDatabase.createEmptyDatabase("stride_prod_proxy");

        try (ConfigurableApplicationContext app = prod(url, PUBLIC_URL, TOTP_KEY,
                        // a default property: the prod profile's own setting reads it
                        "STRIDE_TRUSTED_PROXIES=127\\.0\\.0\\.1")
                .run()) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            String form = "username=someone&password=wrong";
            RawHttp.exchange(port, "POST /login HTTP/1.1\r\nHost: stride.example.test\r\n"
                    + "X-Forwarded-For: 203.0.113.9\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + form.length() + "\r\nConnection: close\r\n\r\n" + form);

            assertThat(app.getBean(JdbcTemplate.class).queryForList("select client_address from login_failure",
                    String.class)).containsExactly("203.0.113.9");
        }
    }

    @Test
    void refusesToStartWithDemoDataNextToProduction() {
        String url = TestDatabase.createEmptyDatabase("stride_prod_demo");

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .profiles("prod", "demo")
                .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                        "server.port=0", "logging.level.root=off", PUBLIC_URL, TOTP_KEY)
                .run().close())
                .hasRootCauseMessage("The demo profile must not run together with the prod profile");
    }

    @Test
    void createsTheFirstAdminFromBootstrapSettings() {
        String url = TestDatabase.createEmptyDatabase("stride_prod_bootstrap");

        try (ConfigurableApplicationContext app = prod(url, PUBLIC_URL, TOTP_KEY,
                        "stride.bootstrap.clinic-name=Northside Physio",
                        "stride.bootstrap.admin-username=owner",
                        "stride.bootstrap.admin-name=Olive Owner",
                        "stride.bootstrap.admin-email=owner@example.org",
                        "stride.bootstrap.admin-password=first admin passphrase")
                .run()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username || '/' || role from app_user", String.class))
                    .containsExactly("owner/ADMIN");
        }
    }
}
