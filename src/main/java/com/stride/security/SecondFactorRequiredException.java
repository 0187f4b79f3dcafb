package com.stride.security;

import java.io.Serial;
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
    private final String username;

    SecondFactorRequiredException(long userId, String username) {
        super("A second factor is required");
        this.userId = userId;
        this.username = username;
    }

    long userId() {
        return userId;
    }

    String username() {
        return username;
    }
}
