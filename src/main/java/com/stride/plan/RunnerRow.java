package com.stride.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A runner in the PT's list.
 *
 * @param lastActivity the runner's most recent sign-in or log; null when never
 */
public record RunnerRow(long id, String name, Long activePlanId, String activePlanTitle, LocalDate activePlanStart,
                        Instant lastActivity) {
}
