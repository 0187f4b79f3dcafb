package com.stride.account;

import com.stride.security.Role;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One line of the accounts list; {@code therapists} names a runner's linked PTs. */
public record AccountRow(long id, String username, String displayName, String email, Role role, boolean active,
                         boolean passwordSet, @Nullable Instant lastLoginAt, List<String> therapists) {
}
