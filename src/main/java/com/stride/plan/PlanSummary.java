package com.stride.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One plan in a runner's list of plans. */
public record PlanSummary(long id, String title, PlanStatus status, LocalDate startDate, LocalDate endDate,
                          int revision, int itemCount, Instant updatedAt) {
}
