package com.stride.security;

import java.util.Optional;

/**
 * Decides whether a sign-in attempt may be checked at all (throttling), before the password is.
 * An admitted attempt is counted from the start, as pending, so that parallel attempts cannot all
 * pass the check before any of them is counted; a wrong password confirms it as a failure, a right
 * one takes it back.
 */
public interface LoginGuard {

    /**
     * @return the admitted attempt, or empty when attempts for this username or from this address
     * are refused for now (the implementation records the refusal)
     */
    Optional<LoginAdmission> admit(String username, String clientAddress);

    /** The attempt's password was right, though it did not sign in yet (a second factor follows). */
    void forgive(long ticket);

    /** The attempt failed: it counts as a failure from now on, not as pending. */
    void confirm(long ticket);
}
