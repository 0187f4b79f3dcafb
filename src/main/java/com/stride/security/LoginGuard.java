package com.stride.security;

/** Decides whether a sign-in attempt may be checked at all (throttling), before the password is. */
public interface LoginGuard {

    /**
     * @return true when attempts for this username or from this address are refused for now; the
     * implementation records the refusal
     */
    boolean refuse(String username, String clientAddress);
}
