package com.stride.security;

import java.io.Serial;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AccountStatusException;

/**
 * The password was right, and the account has a second factor: not signed in yet. An account
 * status exception, so that the provider manager stops at once and no failure is published (the
 * password was not wrong).
 */
class SecondFactorRequiredException extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final @Nullable Long clinicId;
    private final String username;
    private final int sessionEpoch;

    SecondFactorRequiredException(CurrentUser user) {
        super("A second factor is required"); // literal: an internal exception message, never shown
        this.userId = user.userId();
        this.clinicId = user.clinicIdOrNull();
        this.username = user.getUsername();
        this.sessionEpoch = user.sessionEpoch();
    }

    long userId() {
        return userId;
    }

    @Nullable Long clinicId() {
        return clinicId;
    }

    String username() {
        return username;
    }

    int sessionEpoch() {
        return sessionEpoch;
    }
}
