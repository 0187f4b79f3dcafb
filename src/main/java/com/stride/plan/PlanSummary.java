package com.stride.plan;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One plan in a runner's list of plans. */
public record PlanSummary(long id, String title, PlanStatus status, LocalDate startDate, @Nullable LocalDate endDate,
                          int revision, int itemCount, Instant updatedAt) {
}
