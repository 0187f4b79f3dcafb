package com.stride.log;

/** An exercise of the active plan and how often it was left out of the sessions it was due in. */
public record SkippedExercise(String name, int skipped, int due) {
}
