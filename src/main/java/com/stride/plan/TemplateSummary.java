package com.stride.plan;

import org.jspecify.annotations.Nullable;

/**
 * A template a plan can start from.
 *
 * @param code the stable key of a stock template; null for a clinic's own
 */
public record TemplateSummary(long id, @Nullable String code, String name, @Nullable String description,
                              int itemCount) {

    public boolean stock() {
        return code != null;
    }
}
