package com.stride.security;

/** Why a signed-in session ended. */
public enum SessionEnd {
    /** The person signed out. */
    SIGNED_OUT,
    /** No interaction for the idle timeout. */
    TIMED_OUT,
    /** Signed in for longer than the absolute session lifetime. */
    LIFETIME_REACHED,
    /** The password was changed or reset, the account deactivated or its second factor reset. */
    REVOKED
}
