package com.stride.security;

import java.util.OptionalLong;

/**
 * Decides whether a sign-in attempt may be checked at all (throttling), before the password is.
 * An admitted attempt is counted as a failure from the start, so that parallel attempts cannot all
 * pass the check before any of them is counted; a right password takes its count back.
 */
public interface LoginGuard {

    /**
     * @return the attempt's ticket, or empty when attempts for this username or from this address
     * are refused for now (the implementation records the refusal)
     */
    OptionalLong admit(String username, String clientAddress);

    /** The attempt's password was right, though it did not sign in yet (a second factor follows). */
    void forgive(long ticket);
}
