package com.stride.plan.ui;

import com.stride.catalogue.Range;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A circuit's rounds are one number for the whole circuit, kept as the sets of each move: a change
 * of one move's sets is a change of the circuit's rounds, and a move that joins a circuit takes its
 * rounds. So the PT edits rounds once, never seven times.
 */
final class CircuitRounds {

    private CircuitRounds() {
    }

    /** The rounds the other moves of the row's circuit have, if any. */
    static Optional<Range> of(List<PlanItemRow> rows, PlanItemRow row) {
        if (row.circuit() == null) {
            return Optional.empty();
        }
        return rows.stream().filter(other -> other != row && row.circuit().equals(other.circuit()))
                .map(other -> other.dosage().sets()).filter(Objects::nonNull).findFirst();
    }

    /** Gives every other move of the row's circuit the row's sets; true when any changed. */
    static boolean spread(List<PlanItemRow> rows, PlanItemRow row) {
        if (row.circuit() == null) {
            return false;
        }
        Range rounds = row.dosage().sets();
        boolean changed = false;
        for (PlanItemRow other : rows) {
            if (other != row && row.circuit().equals(other.circuit())
                    && !Objects.equals(other.dosage().sets(), rounds)) {
                other.edited(other.dosage().toBuilder().sets(rounds).build(), other.unreadable());
                changed = true;
            }
        }
        return changed;
    }
}
