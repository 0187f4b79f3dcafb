package com.stride.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log as an admin sees it. {@code userName} is null for a sign-in attempt
 * with an unknown username; {@code targetName} names a person or plan when the target is one.
 */
public record AuditEntry(long id, Instant occurredAt, @Nullable Long userId, @Nullable String userName,
                         @Nullable String username, AuditAction action, @Nullable String targetType,
                         @Nullable Long targetId, @Nullable String targetName, @Nullable String clientAddress,
                         @Nullable String detail) {
}
