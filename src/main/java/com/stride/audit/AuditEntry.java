package com.stride.audit;

import java.time.Instant;

/**
 * One line of the audit log as an admin sees it. {@code userName} is null for a sign-in attempt
 * with an unknown username; {@code targetName} names a person or plan when the target is one.
 */
public record AuditEntry(long id, Instant occurredAt, Long userId, String userName, String username,
                         AuditAction action, String targetType, Long targetId, String targetName,
                         String clientAddress, String detail) {
}
