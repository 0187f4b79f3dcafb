package com.stride.security;

/** Lets the security layer ask whether a signed-in session may still use the app. */
@FunctionalInterface
public interface AccountStatusLookup {

    /**
     * False when the account was deactivated or no longer exists, or when its credentials changed
     * since the session signed in (its session epoch moved on).
     */
    boolean isCurrent(long userId, int sessionEpoch);
}
