package com.stride.audit;

import java.time.LocalDate;

/** What an admin narrows the audit log to; every part is optional. Dates are inclusive, local days. */
public record AuditFilter(Long userId, AuditAction action, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
