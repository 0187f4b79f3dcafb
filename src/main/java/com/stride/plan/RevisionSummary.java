package com.stride.plan;

import java.time.Instant;

/** One entry of a plan's revision history. */
public record RevisionSummary(int number, String title, Instant createdAt, String authorName, int itemCount) {
}
