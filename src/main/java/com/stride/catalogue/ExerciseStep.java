package com.stride.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * The easier and the harder step of an exercise, as a caller's clinic sees them: progression
 * walks up the chain (glute bridge, bridge march, single-leg bridge), regression walks back.
 *
 * @param easier null at the bottom of a chain
 * @param harder null at the top of a chain
 */
public record ExerciseStep(long exerciseId, @Nullable Neighbour easier, @Nullable Neighbour harder) {

    /** An exercise next in the chain, with its default dosage to start it at. */
    public record Neighbour(long id, String name, Category category, boolean oneSide, boolean stock,
                            Dosage defaultDosage) {
    }
}
