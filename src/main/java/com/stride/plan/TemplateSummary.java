package com.stride.plan;

/** A template a plan can start from. */
public record TemplateSummary(long id, String name, String description, boolean stock, int itemCount) {
}
