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

    @Test
    void startsOnAnEmptyDatabaseWithNoAccountsAndOnlyHealthExposed() throws Exception {
        String url = TestDatabase.createEmptyDatabase("stride_prod_check");

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                        "server.port=0", "logging.level.root=warn")
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
    void refusesToStartWithDemoDataNextToProduction() {
        String url = TestDatabase.createEmptyDatabase("stride_prod_demo");

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .profiles("prod", "demo")
                .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                        "server.port=0", "logging.level.root=off")
                .run().close())
                .hasRootCauseMessage("The demo profile must not run together with the prod profile");
    }

    @Test
    void createsTheFirstAdminFromBootstrapSettings() {
        String url = TestDatabase.createEmptyDatabase("stride_prod_bootstrap");

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres",
                        "server.port=0", "logging.level.root=warn",
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
