package com.stride.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CurrentUserTest {

    @Test
    void belongsOnlyToItsOwnClinicAndAMissingClinicNeverMatches() {
        CurrentUser inClinic = user(7L);
        CurrentUser noClinic = user(null);

        assertThat(inClinic.belongsTo(7L)).isTrue();
        assertThat(inClinic.belongsTo(8L)).isFalse();
        assertThat(inClinic.belongsTo(null)).isFalse();
        assertThat(noClinic.belongsTo(null)).isFalse();
        assertThat(noClinic.belongsTo(7L)).isFalse();
        // Boxed ids above the Long cache still compare by value.
        assertThat(user(100_000L).belongsTo(Long.valueOf(100_000L))).isTrue();
        assertThatThrownBy(noClinic::clinicId).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void passwordHashIsErasedAndNeverPrinted() {
        CurrentUser user = user(1L);

        assertThat(user.toString()).doesNotContain("{bcrypt}");
        user.eraseCredentials();

        assertThat(user.getPassword()).isNull();
    }

    @Test
    void accountWithoutPasswordOrDeactivatedCannotSignIn() {
        assertThat(user(1L).isEnabled()).isTrue();
        assertThat(new CurrentUser(1, 1L, "u", "U", Role.RUNNER, true, null).isEnabled()).isFalse();
        assertThat(new CurrentUser(1, 1L, "u", "U", Role.RUNNER, false, "{bcrypt}x").isEnabled()).isFalse();
    }

    @Test
    void roleNameConstantsMatchTheEnum() {
        assertThat(Role.Names.ADMIN).isEqualTo(Role.ADMIN.name());
        assertThat(Role.Names.THERAPIST).isEqualTo(Role.THERAPIST.name());
        assertThat(Role.Names.RUNNER).isEqualTo(Role.RUNNER.name());
        assertThat(Role.values()).hasSize(3);
    }

    private static CurrentUser user(Long clinicId) {
        return new CurrentUser(1, clinicId, "maya", "Maya", Role.THERAPIST, true, "{bcrypt}$2a$10$hash");
    }
}
