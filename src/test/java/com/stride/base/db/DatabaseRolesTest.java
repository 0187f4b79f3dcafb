package com.stride.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.Application;
import com.stride.test.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Production's two database roles, as docker/initdb sets them up: Flyway migrates as the owner of
 * the tables, the app runs as a login role in stride_runtime, which reads and writes rows and
 * nothing else. Here the app starts like that on a fresh database, and the runtime role is then
 * refused what it must never do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRolesTest {

    private static final String OWNER = "stride_owner_check";
    private static final String APP = "stride_app_check";

    private String url;

    @BeforeAll
    void migrateAsOwnerAndStartAsTheRuntimeRole() throws SQLException {
        url = TestDatabase.createEmptyDatabase("stride_roles_check");
        try (Connection admin = DriverManager.getConnection(url, "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("""
                    do $$ begin
                        if not exists (select from pg_roles where rolname = 'stride_runtime') then
                            create role stride_runtime nologin;
                        end if;
                        if not exists (select from pg_roles where rolname = '%1$s') then
                            create role %1$s login password 'owner-check';
                        end if;
                        if not exists (select from pg_roles where rolname = '%2$s') then
                            create role %2$s login password 'app-check' in role stride_runtime;
                        end if;
                    end $$""".formatted(OWNER, APP));
            sql.execute("alter database stride_roles_check owner to " + OWNER);
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .properties("spring.datasource.url=" + url, "spring.datasource.username=" + APP,
                        "spring.datasource.password=app-check",
                        "spring.flyway.user=" + OWNER, "spring.flyway.password=owner-check",
                        "stride.public-url=https://stride.example.test",
                        "STRIDE_TOTP_KEY=" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                        "server.port=0", "logging.level.root=warn",
                        "stride.bootstrap.clinic-name=Northside Physio", "stride.bootstrap.admin-username=owner",
                        "stride.bootstrap.admin-name=Olive Owner", "stride.bootstrap.admin-email=owner@example.org",
                        "stride.bootstrap.admin-password=first admin passphrase")
                .run()) {
            // the first admin was written by the runtime role, with its audit entry
            assertThat(app.getBean(JdbcTemplate.class).queryForObject(
                    "select current_user || '/' || (select count(*) from app_user)", String.class))
                    .isEqualTo(APP + "/1");
        }
    }

    @Test
    void theTablesBelongToTheOwnerAndTheRuntimeRoleIsNoSuperuser() {
        JdbcTemplate owner = as(OWNER, "owner-check");
        assertThat(owner.queryForList("select distinct tableowner from pg_tables where schemaname = 'public'",
                String.class)).containsExactly(OWNER);
        assertThat(owner.queryForObject("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls "
                + "from pg_roles where rolname = ?", Boolean.class, APP)).isFalse();
    }

    @Test
    void theRuntimeRoleReadsAndWritesTheRowsOfEveryTable() {
        JdbcTemplate app = as(APP, "app-check");
        List<String> tables = app.queryForList("""
                select tablename from pg_tables where schemaname = 'public'
                and tablename not in ('flyway_schema_history', 'audit_event') order by 1""", String.class);
        assertThat(tables).contains("app_user", "session_log", "plan", "recovery_code", "login_failure");
        for (String table : tables) {
            assertThat(app.queryForObject("select has_table_privilege(?, ?, 'SELECT, INSERT, UPDATE, DELETE')",
                    Boolean.class, APP, table)).as(table).isTrue();
            assertThat(app.queryForObject("select has_table_privilege(?, ?, 'TRUNCATE, TRIGGER, REFERENCES')",
                    Boolean.class, APP, table)).as(table).isFalse();
        }
    }

    @Test
    void theRuntimeRoleOnlyAddsToTheAuditLog() {
        JdbcTemplate app = as(APP, "app-check");
        assertThat(app.update("insert into audit_event (occurred_at, action) values (now(), 'LOGIN_FAILED')"))
                .isEqualTo(1);

        assertThatThrownBy(() -> app.update("update audit_event set detail = 'rewritten'"))
                .rootCause().hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> app.update("delete from audit_event"))
                .rootCause().hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> app.execute("truncate audit_event"))
                .rootCause().hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> app.execute("alter table audit_event disable trigger all"))
                .rootCause().hasMessageContaining("must be owner of table audit_event");
        assertThat(as(OWNER, "owner-check").queryForObject("select count(*) from audit_event where detail = 'rewritten'",
                Integer.class)).isZero();
    }

    @Test
    void theRuntimeRoleCannotChangeTheSchemaOrItsHistory() {
        JdbcTemplate app = as(APP, "app-check");
        assertThatThrownBy(() -> app.execute("alter table app_user add column spare text"))
                .rootCause().hasMessageContaining("must be owner of table app_user");
        assertThatThrownBy(() -> app.execute("drop table login_failure"))
                .rootCause().hasMessageContaining("must be owner of table login_failure");
        assertThatThrownBy(() -> app.execute("create table spare (id int)"))
                .rootCause().hasMessageContaining("permission denied for schema public");
        assertThatThrownBy(() -> app.queryForList("select * from flyway_schema_history"))
                .rootCause().hasMessageContaining("permission denied for table flyway_schema_history");
    }

    private JdbcTemplate as(String user, String password) {
        return new JdbcTemplate(new SingleConnectionDataSource(url, user, password, true));
    }
}
