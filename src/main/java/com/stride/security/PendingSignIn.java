package com.stride.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in whose password was right, waiting for its second factor, kept in the (still
 * anonymous) session. Nobody is signed in by it: it only lets the two-step page check a code
 * for this account, a few times, for a few minutes.
 */
/**
 * @param sessionEpoch the account's session epoch when the password was checked: a credential
 *                     change since then ends the pending sign-in too
 * @param decoy        the password was wrong, and its username paused: no code will do, but the page
 *                     looks the same, so that the pause cannot be used to test passwords
 */
public record PendingSignIn(long userId, String username, Instant passwordCheckedAt, int wrongCodes,
                            int sessionEpoch, boolean decoy) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How long the code may take after the password. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Wrong codes before the password must be typed again. */
    public static final int MAX_WRONG_CODES = 5;

    public boolean expiredAt(Instant now) {
        return !now.isBefore(passwordCheckedAt.plus(LIFETIME));
    }

    PendingSignIn afterWrongCode() {
        return new PendingSignIn(userId, username, passwordCheckedAt, wrongCodes + 1, sessionEpoch, decoy);
    }
}
