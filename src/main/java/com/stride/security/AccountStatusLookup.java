package com.stride.security;

/** Lets the security layer ask whether a signed-in account may still use the app. */
public interface AccountStatusLookup {

    /** False when the account was deactivated or no longer exists. */
    boolean isActive(long userId);
}
