package com.stride.plan;

import com.stride.log.FlagKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A runner in the PT's list.
 *
 * @param lastActivity when the runner last logged a session; null when never
 * @param flags        the flags a PT has not marked seen
 */
public record RunnerRow(long id, String name, @Nullable Long activePlanId, @Nullable String activePlanTitle,
                        @Nullable LocalDate activePlanStart, @Nullable Instant lastActivity, List<FlagKind> flags) {
}
