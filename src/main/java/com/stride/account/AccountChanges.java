package com.stride.account;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin may change on an existing account: name, email and, for a runner, their PTs. */
public record AccountChanges(
        @PersonName
        @Nullable String displayName,

        @EmailAddress
        @Nullable String email,

        Set<Long> therapistIds) {

    public AccountChanges {
        displayName = displayName == null ? null : displayName.strip();
        email = email == null ? null : email.strip();
        therapistIds = therapistIds == null ? Set.of() : Set.copyOf(therapistIds);
    }
}
