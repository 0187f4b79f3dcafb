package com.stride.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database itself refuses bad accounts, whatever code writes them. */
@IntegrationTest
class SchemaConstraintsTest {

    @Autowired
    private JdbcTemplate jdbc;

    private long riverside;
    private long hilltop;

    @BeforeEach
    void clinics() {
        riverside = jdbc.queryForObject("select id from clinic where name = 'Riverside Physio'", Long.class);
        hilltop = jdbc.queryForObject("select id from clinic where name = 'Hilltop Sports Clinic'", Long.class);
    }

    @ParameterizedTest(name = "refuses {0}")
    @CsvSource(delimiter = '|', value = {
            "unknown role            | ok.user   | Name | ok@example.org | DOCTOR  | {bcrypt}$2a$x",
            "upper-case username     | Ok.User   | Name | ok@example.org | RUNNER  | {bcrypt}$2a$x",
            "two-letter username     | ok        | Name | ok@example.org | RUNNER  | {bcrypt}$2a$x",
            "markup in username      | <b>x</b>  | Name | ok@example.org | RUNNER  | {bcrypt}$2a$x",
            "blank display name      | ok.user   | '  ' | ok@example.org | RUNNER  | {bcrypt}$2a$x",
            "invalid email           | ok.user   | Name | not-an-email   | RUNNER  | {bcrypt}$2a$x",
            "plain-text password     | ok.user   | Name | ok@example.org | RUNNER  | secret-password",
    })
    void refusesInvalidAccounts(String why, String username, String name, String email, String role, String hash) {
        assertThatThrownBy(() -> insert(riverside, username, name, email, role, hash))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void usernamesAreUniqueAcrossClinics() {
        assertThatThrownBy(() -> insert(hilltop, "admin", "Other", "other@example.org", "ADMIN", null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void emailsAreUniquePerClinicIgnoringCase() {
        assertThatThrownBy(() -> insert(riverside, "twin.one", "Twin", "ADMIN@demo.stride.invalid", "RUNNER", null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatCode(() -> insert(hilltop, "twin.two", "Twin", "admin@demo.stride.invalid", "RUNNER", null))
                .doesNotThrowAnyException();
    }

    @Test
    void everyAccountNeedsAnExistingClinic() {
        assertThatThrownBy(() -> insert(null, "no.clinic", "Name", "n@example.org", "RUNNER", null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert(999_999L, "ghost.clinic", "Name", "g@example.org", "RUNNER", null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void insert(Long clinicId, String username, String name, String email, String role, String hash) {
        jdbc.update("""
                insert into app_user (clinic_id, username, display_name, email, role, password_hash, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, now(), now())""", clinicId, username, name, email, role, hash);
    }
}
