package com.stride.plan;

import com.stride.i18n.Text;
import com.stride.base.validation.Problems;
import com.stride.catalogue.Dosage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one home of the circuit rules: consecutive items of a plan (or template) that share a circuit
 * number are done as rounds, move by move; their sets are the rounds. The database checks each
 * row's number (V12); these rules need the whole plan.
 */
public final class Circuits {

    public static final int MAX = PlanLimits.CIRCUITS_MAX;
    static final String NEXT_TO_EACH_OTHER = "plan.circuit.nextToEachOther";
    static final String TWO_MOVES = "plan.circuit.twoMoves";
    static final String SAME_ROUNDS = "plan.circuit.sameRounds";
    static final String ROUNDS_NEEDED = "plan.circuit.roundsNeeded";
    /** Moves done together are due together: otherwise a circuit would split across sessions. */
    static final String SAME_SCHEDULE = "plan.circuit.sameSchedule";
    static final String NUMBER = "plan.circuit.number";

    private Circuits() {
    }

    /** Every broken rule, at "items[i].circuit" or "items[i].sets". */
    static Problems check(List<PlanItemDraft> items) {
        Problems problems = Problems.none();
        Map<Integer, Integer> firstAt = new HashMap<>();
        Map<Integer, Integer> count = new HashMap<>();
        Set<Integer> closed = new HashSet<>();
        Integer previous = null;
        for (int i = 0; i < items.size(); i++) {
            Integer circuit = items.get(i).circuit();
            String prefix = "items[" + i + "]";
            if (previous != null && !previous.equals(circuit)) {
                closed.add(previous);
            }
            if (circuit != null) {
                if (circuit < 1 || circuit > MAX) {
                    problems.add(prefix + ".circuit", Text.get(NUMBER, "max", MAX));
                } else if (closed.contains(circuit)) {
                    problems.add(prefix + ".circuit", Text.get(NEXT_TO_EACH_OTHER));
                } else {
                    firstAt.putIfAbsent(circuit, i);
                    count.merge(circuit, 1, Integer::sum);
                    Dosage first = items.get(firstAt.get(circuit)).dosage();
                    Dosage mine = items.get(i).dosage();
                    if (mine.sets() == null) {
                        problems.add(prefix + ".sets", Text.get(ROUNDS_NEEDED));
                    } else if (!Objects.equals(first.sets(), mine.sets())) {
                        problems.add(prefix + ".sets", Text.get(SAME_ROUNDS));
                    }
                    scheduleField(first, mine).ifPresent(field -> problems.add(prefix + "." + field,
                            Text.get(SAME_SCHEDULE)));
                }
            }
            previous = circuit;
        }
        count.forEach((circuit, moves) -> {
            if (moves < 2) {
                problems.add("items[" + firstAt.get(circuit) + "].circuit", Text.get(TWO_MOVES));
            }
        });
        return problems;
    }

    /**
     * The first schedule field in which a move is due differently from the circuit's first move, as
     * the schedule reads them (plan_sessions, V8): sessions a day from the lower end, once when unset;
     * every day when no days are set.
     */
    private static Optional<String> scheduleField(Dosage first, Dosage mine) {
        if (sessionsPerDay(first) != sessionsPerDay(mine)) {
            return Optional.of("timesPerDay");
        }
        if (daysPerWeek(first) != daysPerWeek(mine)) {
            return Optional.of("daysPerWeek");
        }
        return Objects.equals(first.weekdays(), mine.weekdays()) ? Optional.empty() : Optional.of("weekdays");
    }

    private static int sessionsPerDay(Dosage dosage) {
        return dosage.timesPerDay() == null ? 1 : dosage.timesPerDay().min();
    }

    private static int daysPerWeek(Dosage dosage) {
        return dosage.daysPerWeek() == null ? 7 : dosage.daysPerWeek();
    }
}
