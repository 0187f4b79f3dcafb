package com.stride.plan;

import com.stride.log.FlagKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A runner in the PT's list.
 *
 * @param lastActivity when the runner last logged a session; null when never
 * @param flags        the flags a PT has not marked seen
 */
public record RunnerRow(long id, String name, Long activePlanId, String activePlanTitle, LocalDate activePlanStart,
                        Instant lastActivity, List<FlagKind> flags) {
}
