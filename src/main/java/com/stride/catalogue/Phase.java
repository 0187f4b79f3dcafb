package com.stride.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * One step of a rep that is held in phases: "Hold the bridge" 3-5 s, then "Extend one knee and
 * hold" 5-10 s. The label is the PT's words, shown to the runner and spoken by the coach timer.
 */
public record Phase(String label, @Nullable Range seconds) {

    public Phase {
        label = label == null ? "" : label.strip();
    }

    public Phase withLabel(String other) {
        return new Phase(other, seconds);
    }
}
