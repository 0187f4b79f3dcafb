package com.stride.log;

import com.stride.i18n.Text;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.Phase;
import com.stride.catalogue.Range;
import com.stride.catalogue.Sides;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the coach timer runs for one exercise: the whole prescribed dose as steps in order (get
 * ready, each set, rep, side and phase, the switches and rests between). The one home of how a dose
 * is timed; the browser only plays the steps (CoachTimer).
 *
 * <p>A range is timed to the least it asks for in counts and to its top in seconds: "2-3 sets of
 * 10-12 reps, hold 20-30 s" runs 2 sets of 10 reps held 30 s each, as a hold's lower end is the
 * least to aim for while a count's is the dose to reach.
 */
public final class CoachProgram {

    /** Seconds to get into position before the first step. */
    public static final int READY_SECONDS = 5;
    /** Seconds to relax between two held reps. */
    public static final int RELAX_SECONDS = 3;
    /** Seconds to change to the other side. */
    public static final int SWITCH_SECONDS = 5;
    /** Rest between sets when the PT set none. */
    public static final int DEFAULT_REST_SECONDS = 30;
    /** How long a counted rep takes, for the estimate of the whole (never timed). */
    public static final int COUNTED_REP_SECONDS = 3;

    /** What a step asks of the runner. */
    public enum Kind {
        /** Get into position: a countdown. */
        READY,
        /** Hold, or a timed move: a countdown. */
        WORK,
        /** Untimed reps: the runner taps Next when done. */
        COUNT,
        /** Relax between held reps, change sides or rest between sets: a countdown that may be skipped. */
        PAUSE
    }

    /**
     * One step. {@code headline} is what the screen shows large ("Set 1 of 2 · Rep 4 of 10 · Left"),
     * {@code detail} what to do ("Hold", "Rest", a phase's label), {@code speech} the spoken cue.
     *
     * @param seconds      how long, for a countdown; null for {@link Kind#COUNT}
     * @param completesSet the set this step finishes (1-based), or 0
     * @param countedReps  the reps a {@link Kind#COUNT} step asks for, both sides together; else 0
     */
    public record Step(Kind kind, String headline, String detail, String speech, @Nullable Integer seconds,
                       int completesSet, int countedReps) {

        Step(Kind kind, String headline, String detail, String speech, @Nullable Integer seconds, int completesSet) {
            this(kind, headline, detail, speech, seconds, completesSet, 0);
        }

        Step completing(int set) {
            return new Step(kind, headline, detail, speech, seconds, set, countedReps);
        }
    }

    private enum Side {
        LEFT, RIGHT;

        /** "Left", in a headline. */
        String label() {
            return Text.get("log.coach.side." + name());
        }

        /** "left side", inside a spoken cue. */
        String spoken() {
            return Text.get("log.coach.side.spoken." + name());
        }
    }

    private final List<Step> steps = new ArrayList<>();
    private final Dosage dosage;
    private final int sets;

    private CoachProgram(Dosage dosage) {
        this.dosage = dosage;
        this.sets = dosage.sets() == null ? 1 : dosage.sets().min();
    }

    /** The steps of the dose, or an empty list when it has nothing the timer can run. */
    public static List<Step> of(Dosage dosage, String exerciseName) {
        CoachProgram program = new CoachProgram(dosage);
        if (dosage.reps() == null && dosage.holdSeconds() == null && dosage.durationSeconds() == null) {
            return List.of();
        }
        program.steps.add(new Step(Kind.READY, Text.get("log.coach.ready"), exerciseName,
                Text.get("log.coach.ready.speech", "name", exerciseName), READY_SECONDS, 0));
        for (int set = 1; set <= program.sets; set++) {
            program.set(set);
            if (set < program.sets) {
                int rest = dosage.restSeconds() == null ? DEFAULT_REST_SECONDS : dosage.restSeconds();
                program.steps.add(new Step(Kind.PAUSE, Text.get("log.coach.rest"),
                        Text.get("log.coach.rest.nextSet", "set", set + 1, "sets", program.sets),
                        Text.get("log.coach.rest.speech", "seconds", rest), rest, 0));
            }
        }
        return List.copyOf(program.steps);
    }

    /** One move of a circuit. */
    public record Move(String name, Dosage dosage) {
    }

    /**
     * A circuit (see the plan's Circuits): every move in turn, round after round, with a short
     * change between moves and a rest between rounds (the first move's, or the default). Each move
     * does one set per round; a round is complete with its last move.
     */
    public static List<Step> circuit(List<Move> moves, @Nullable Range rounds) {
        int total = rounds == null ? 1 : rounds.min();
        List<Step> steps = new ArrayList<>();
        if (moves.isEmpty()) {
            return steps;
        }
        String first = moves.getFirst().name();
        steps.add(new Step(Kind.READY, Text.get("log.coach.ready"), Text.get("log.coach.circuit.first", "name", first),
                Text.get("log.coach.ready.speech", "name", first), READY_SECONDS, 0));
        String go = Text.get("log.coach.go");
        for (int round = 1; round <= total; round++) {
            String prefix = Text.get("log.coach.round", "round", round, "rounds", total);
            for (int m = 0; m < moves.size(); m++) {
                Move move = moves.get(m);
                if (m > 0) {
                    steps.add(new Step(Kind.PAUSE, Text.get("log.coach.nextMove"), move.name(),
                            Text.get("log.coach.nextMove.speech", "name", move.name()), SWITCH_SECONDS, 0));
                }
                List<Step> own = of(move.dosage().toBuilder().sets(null).build(), move.name());
                for (Step step : own.subList(Math.min(1, own.size()), own.size())) {
                    String headline = step.kind() == Kind.PAUSE ? step.headline()
                            : prefix + " · " + move.name() + (step.headline().equals(go) ? "" : " · "
                            + step.headline());
                    String speech = step.kind() == Kind.PAUSE ? step.speech()
                            : step == own.get(1) ? Text.get("log.coach.circuit.moveSpeech", "name", move.name(),
                            "cue", step.speech()) : step.speech();
                    steps.add(new Step(step.kind(), headline, step.detail(), speech, step.seconds(), 0,
                            step.countedReps()));
                }
            }
            for (int i = steps.size() - 1; i >= 0; i--) {
                if (steps.get(i).kind() != Kind.PAUSE) {
                    steps.set(i, steps.get(i).completing(round));
                    break;
                }
            }
            if (round < total) {
                Integer own = moves.getFirst().dosage().restSeconds();
                int rest = own == null ? DEFAULT_REST_SECONDS : own;
                steps.add(new Step(Kind.PAUSE, Text.get("log.coach.rest"),
                        Text.get("log.coach.rest.nextRound", "round", round + 1, "rounds", total),
                        Text.get("log.coach.rest.speech", "seconds", rest), rest, 0));
            }
        }
        return List.copyOf(steps);
    }

    /** The seconds of the timed steps: what the clock will run. */
    public static int totalSeconds(List<Step> steps) {
        return steps.stream().map(Step::seconds).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    /** About how long the whole takes, counted reps at {@link #COUNTED_REP_SECONDS} each. */
    public static int estimatedSeconds(List<Step> steps) {
        return steps.stream().mapToInt(step -> step.seconds() != null ? step.seconds() : step.countedReps()
                * COUNTED_REP_SECONDS).sum();
    }

    private void set(int set) {
        List<Phase> held = held();
        Range reps = dosage.reps();
        Sides sides = dosage.sides();
        int before = steps.size();
        if (reps != null && !held.isEmpty()) {
            heldReps(set, reps.min(), held, sides);
        } else if (reps != null) {
            countedReps(set, reps.min(), sides);
        } else if (dosage.durationSeconds() != null) {
            timed(set, dosage.durationSeconds().upper(), Text.get("log.coach.keepMoving"), sides);
        } else {
            timed(set, held.getFirst().seconds().upper(), Text.get("log.coach.hold"), sides);
        }
        // the set is done with its last working step
        for (int i = steps.size() - 1; i >= before; i--) {
            Step step = steps.get(i);
            if (step.kind() != Kind.PAUSE) {
                steps.set(i, step.completing(set));
                break;
            }
        }
    }

    /** The phases of a held rep: the PT's phases, or the one hold. */
    private List<Phase> held() {
        if (!dosage.phases().isEmpty()) {
            return dosage.phases();
        }
        return dosage.holdSeconds() == null ? List.of() : List.of(new Phase(Text.get("log.coach.hold"), dosage.holdSeconds()));
    }

    private void heldReps(int set, int reps, List<Phase> phases, Sides sides) {
        if (sides == Sides.EACH) {
            for (Side side : Side.values()) {
                if (side == Side.RIGHT) {
                    switchSides();
                }
                for (int rep = 1; rep <= reps; rep++) {
                    if (rep > 1) {
                        relax();
                    }
                    heldRep(set, rep, reps, side, phases);
                }
            }
        } else {
            for (int rep = 1; rep <= reps; rep++) {
                if (sides == Sides.ALTERNATING) {
                    if (rep > 1) {
                        relax();
                    }
                    heldRep(set, rep, reps, Side.LEFT, phases);
                    relax();
                    heldRep(set, rep, reps, Side.RIGHT, phases);
                } else {
                    if (rep > 1) {
                        relax();
                    }
                    heldRep(set, rep, reps, null, phases);
                }
            }
        }
    }

    private void heldRep(int set, int rep, int reps, @Nullable Side side, List<Phase> phases) {
        String headline = headline(set, Text.get("log.coach.rep", "rep", rep, "reps", reps), side);
        boolean first = true;
        for (Phase phase : phases) {
            int seconds = phase.seconds().upper();
            String speech = !first ? phase.label() : side == null
                    ? Text.get("log.coach.rep.speech", "rep", rep, "phase", phase.label())
                    : Text.get("log.coach.rep.sideSpeech", "rep", rep, "side", side.spoken(), "phase", phase.label());
            steps.add(new Step(Kind.WORK, headline, phase.label(), speech, seconds, 0));
            first = false;
        }
    }

    private void countedReps(int set, int reps, Sides sides) {
        if (sides == Sides.EACH) {
            for (Side side : Side.values()) {
                if (side == Side.RIGHT) {
                    switchSides();
                }
                steps.add(new Step(Kind.COUNT, headline(set, null, side), Text.get("log.coach.count.detail", "reps", reps),
                        Text.get("log.coach.count.sideSpeech", "reps", reps, "side", side.spoken()), null, 0, reps));
            }
        } else {
            boolean alternating = sides == Sides.ALTERNATING;
            String what = Text.get(alternating ? "log.coach.count.alternating" : "log.coach.count", "reps", reps);
            String detail = Text.get(alternating ? "log.coach.count.alternating.detail" : "log.coach.count.detail",
                    "reps", reps);
            steps.add(new Step(Kind.COUNT, headline(set, null, null), detail, what, null, 0,
                    alternating ? 2 * reps : reps));
        }
    }

    private void timed(int set, int seconds, String detail, Sides sides) {
        if (sides == Sides.EACH) {
            for (Side side : Side.values()) {
                if (side == Side.RIGHT) {
                    switchSides();
                }
                steps.add(new Step(Kind.WORK, headline(set, null, side), detail,
                        Text.get("log.coach.timed.sideSpeech." + side.name(), "what", detail), seconds, 0));
            }
        } else {
            String what = sides == Sides.ALTERNATING ? Text.get("log.coach.timed.alternating", "what", detail) : detail;
            steps.add(new Step(Kind.WORK, headline(set, null, null), what, what, seconds, 0));
        }
    }

    private void relax() {
        steps.add(new Step(Kind.PAUSE, Text.get("log.coach.relax"), Text.get("log.coach.relax.detail"),
                Text.get("log.coach.relax.speech"), RELAX_SECONDS, 0));
    }

    private void switchSides() {
        steps.add(new Step(Kind.PAUSE, Text.get("log.coach.switch"), Text.get("log.coach.switch.detail"),
                Text.get("log.coach.switch.speech"), SWITCH_SECONDS, 0));
    }

    /** "Set 1 of 2 · Rep 4 of 10 · Left"; a single set is not numbered. */
    private String headline(int set, @Nullable String rep, @Nullable Side side) {
        List<String> parts = new ArrayList<>();
        if (sets > 1) {
            parts.add(Text.get("log.coach.set", "set", set, "sets", sets));
        }
        if (rep != null) {
            parts.add(rep);
        }
        if (side != null) {
            parts.add(side.label());
        }
        return parts.isEmpty() ? Text.get("log.coach.go") : String.join(" · ", parts);
    }
}
