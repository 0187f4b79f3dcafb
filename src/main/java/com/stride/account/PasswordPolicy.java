package com.stride.account;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS level 1): long enough, not absurdly long, nothing else.
 * No composition rules and no forced periodic change.
 */
@Component
public class PasswordPolicy {

    /** A user-facing reason why the password is refused, or empty when it is acceptable. */
    public Optional<String> problemWith(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < AccountLimits.PASSWORD_MIN_LENGTH) {
            return Optional.of("Use at least " + AccountLimits.PASSWORD_MIN_LENGTH + " characters.");
        }
        if (length > AccountLimits.PASSWORD_MAX_LENGTH) {
            return Optional.of("Use at most " + AccountLimits.PASSWORD_MAX_LENGTH + " characters.");
        }
        return Optional.empty();
    }
}
