package com.stride.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class FirstAdminBootstrapTest {

    private static final String PASSWORD = "first admin passphrase";

    @Autowired
    private AccountProvisioning provisioning;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @BeforeEach
    void freshInstall() {
        // A fresh install: no clinic, no account (truncate, since assigned plans are never deleted; in
        // replica mode, because the audit table refuses truncation otherwise).
        jdbc.execute("set session_replication_role = replica; "
                + "truncate table plan_item, plan_revision, plan, app_user, clinic restart identity cascade; "
                + "set session_replication_role = origin");
    }

    /** What the log shows of the settings: every one of them but the password. */
    @Test
    void theSettingsAreLoggedWithoutThePassword() {
        assertThat(new FirstAdminBootstrap.Settings("Northside Physio", "owner", "Olive Owner", "olive@example.org",
                PASSWORD).toString()).isEqualTo("Settings[clinicName=Northside Physio, adminUsername=owner, "
                + "adminName=Olive Owner, adminEmail=olive@example.org, adminPassword=(set)]");
    }

    @Test
    void createsTheFirstAdminOnAnEmptyDatabaseOnlyOnce() throws Exception {
        bootstrap(complete()).run(new DefaultApplicationArguments());

        var admin = jdbc.queryForMap("""
                select u.username, u.role, u.password_hash, c.name as clinic
                from app_user u join clinic c on c.id = u.clinic_id""");
        assertThat(admin).containsEntry("username", "owner").containsEntry("role", "ADMIN")
                .containsEntry("clinic", "Northside Physio");
        assertThat(passwordEncoder.matches(PASSWORD, (String) admin.get("password_hash"))).isTrue();

        // A restart with the variables still set changes nothing, even with another password.
        bootstrap(new FirstAdminBootstrap.Settings("Northside Physio", "owner", "Olive Owner",
                "owner@example.org", "a different passphrase")).run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(1);
        assertThat(passwordEncoder.matches(PASSWORD,
                jdbc.queryForObject("select password_hash from app_user", String.class))).isTrue();
    }

    @Test
    void doesNothingOnceAnyAccountExists() throws Exception {
        bootstrap(complete()).run(new DefaultApplicationArguments());

        bootstrap(new FirstAdminBootstrap.Settings("Other Clinic", "intruder", "Intruder",
                "intruder@example.org", "intruder passphrase")).run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForList("select username from app_user", String.class)).containsExactly("owner");
    }

    @Test
    void incompleteSettingsStopStartupWithAClearMessage() {
        var incomplete = new FirstAdminBootstrap.Settings("Northside Physio", "owner", null, null, PASSWORD);

        assertThatThrownBy(() -> bootstrap(incomplete).run(new DefaultApplicationArguments()))
                .hasMessageContaining("STRIDE_BOOTSTRAP_").hasMessageNotContaining(PASSWORD);
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isZero();
    }

    @Test
    void noSettingsOnAnEmptyDatabaseOnlyWarns() throws Exception {
        bootstrap(new FirstAdminBootstrap.Settings(null, null, null, null, null)).run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isZero();
    }

    private FirstAdminBootstrap bootstrap(FirstAdminBootstrap.Settings settings) {
        return new FirstAdminBootstrap(settings, provisioning);
    }

    private static FirstAdminBootstrap.Settings complete() {
        return new FirstAdminBootstrap.Settings("Northside Physio", "Owner", "Olive Owner", "owner@example.org", PASSWORD);
    }
}
