package com.stride.account;

import java.time.Duration;

/** Why a one-time link was issued; each has its own lifetime (checked again by V7). */
public enum LinkPurpose {
    /** A new account: the person chooses their first password. */
    WELCOME(Duration.ofHours(72)),
    /** An admin reset the password of an existing account. */
    RESET(Duration.ofHours(1));

    private final Duration lifetime;

    LinkPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
