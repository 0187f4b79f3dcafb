package com.stride.log;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A flag raised on a runner.
 *
 * @param raisedAt what raised it; marking the flag seen hides it until something newer raises it
 * @param pain     the pain score behind a pain flag; null for inactivity
 * @param day      the session day behind a pain flag, or the last active day for inactivity
 */
public record Flag(FlagKind kind, Instant raisedAt, @Nullable Integer pain, LocalDate day) {
}
