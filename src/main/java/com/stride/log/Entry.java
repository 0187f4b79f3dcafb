package com.stride.log;

import org.jspecify.annotations.Nullable;

/**
 * What a runner logged for one exercise in one session.
 *
 * @param setsDone for {@link EntryStatus#PARTIAL} only
 * @param effort   optional rating; null when not given
 */
public record Entry(EntryStatus status, @Nullable Integer setsDone, @Nullable Effort effort) {
}
