package com.stride.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.clinic.Clinic;
import com.stride.security.Role;
import com.stride.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AccountProvisioningTest {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    private AccountProvisioning provisioning;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void createsAnAccountWithAHashedPasswordExactlyOnce() {
        Clinic clinic = provisioning.ensureClinic("Lakeside Physio");
        NewAccount account = new NewAccount("  New.Runner ", " Ada Lovelace ", "ada@example.org", Role.RUNNER);

        assertThat(provisioning.ensureAccount(clinic, account, PASSWORD)).isTrue();
        assertThat(provisioning.ensureAccount(clinic, account, "another long passphrase")).isFalse();

        var rows = jdbc.queryForList("select * from app_user where username = 'new.runner'");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).containsEntry("display_name", "Ada Lovelace")
                .containsEntry("role", "RUNNER").containsEntry("active", true)
                .containsEntry("clinic_id", clinic.getId());
        String hash = (String) rows.getFirst().get("password_hash");
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        // The second call left the first password in place.
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isTrue();
    }

    @Test
    void ensureClinicIsIdempotentAndCaseInsensitive() {
        Clinic first = provisioning.ensureClinic("Harbour Clinic");
        Clinic second = provisioning.ensureClinic(" harbour clinic ");

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(jdbc.queryForObject("select count(*) from clinic where lower(name) = 'harbour clinic'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void refusesInvalidFieldsAndChangesNothing() {
        Clinic clinic = provisioning.ensureClinic("Riverside Physio");
        int before = userCount();

        assertThatThrownBy(() -> provisioning.ensureAccount(clinic,
                new NewAccount("x", "Name", "x@example.org", Role.RUNNER), PASSWORD))
                .hasMessageContaining("username");
        assertThatThrownBy(() -> provisioning.ensureAccount(clinic,
                new NewAccount("<script>alert(1)</script>", "Name", "x@example.org", Role.RUNNER), PASSWORD))
                .hasMessageContaining("username");
        assertThatThrownBy(() -> provisioning.ensureAccount(clinic,
                new NewAccount("valid.name", "  ", "x@example.org", Role.RUNNER), PASSWORD))
                .hasMessageContaining("displayName");
        assertThatThrownBy(() -> provisioning.ensureAccount(clinic,
                new NewAccount("valid.name", "N".repeat(121), "x@example.org", Role.RUNNER), PASSWORD))
                .hasMessageContaining("displayName");
        assertThatThrownBy(() -> provisioning.ensureAccount(clinic,
                new NewAccount("valid.name", "Name", "not-an-email", Role.RUNNER), PASSWORD))
                .hasMessageContaining("email");
        assertThatThrownBy(() -> provisioning.ensureAccount(clinic,
                new NewAccount("valid.name", "Name", "x@example.org", null), PASSWORD))
                .hasMessageContaining("role");

        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void refusesPasswordsOutsideTheLengthRulesWithoutEchoingThem() {
        Clinic clinic = provisioning.ensureClinic("Riverside Physio");
        int before = userCount();

        assertThatThrownBy(() -> provisioning.ensureAccount(clinic,
                new NewAccount("short.pw", "Name", "s@example.org", Role.RUNNER), "elevenchars"))
                .hasMessageContaining("at least 12").hasMessageNotContaining("elevenchars");
        assertThatThrownBy(() -> provisioning.ensureAccount(clinic,
                new NewAccount("long.pw", "Name", "l@example.org", Role.RUNNER), "p".repeat(129)))
                .hasMessageContaining("at most 128");

        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void aUsernameTakenInAnotherClinicIsNotReused() {
        Clinic other = provisioning.ensureClinic("Hilltop Sports Clinic");

        assertThatThrownBy(() -> provisioning.ensureAccount(other,
                new NewAccount("admin", "Someone", "someone@example.org", Role.ADMIN), PASSWORD))
                .isInstanceOf(IllegalStateException.class);
    }

    private int userCount() {
        return jdbc.queryForObject("select count(*) from app_user", Integer.class);
    }
}
