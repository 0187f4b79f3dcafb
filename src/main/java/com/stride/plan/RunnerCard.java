package com.stride.plan;

/** The runner a page is about. */
public record RunnerCard(long id, String name, String email, boolean active) {
}
