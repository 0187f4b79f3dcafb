package com.stride.account;

import com.stride.security.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An account as the admin edits it; {@code version} guards against two admins editing at once. */
public record AccountDetails(long id, long version, String username, String displayName, String email, Role role,
                             boolean active, boolean passwordSet, boolean twoStep, @Nullable Instant lastLoginAt,
                             Set<Long> therapistIds) {
}
