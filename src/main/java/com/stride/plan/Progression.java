package com.stride.plan;

import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import com.stride.catalogue.Category;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.ExerciseStep;
import com.stride.catalogue.Range;
import com.stride.plan.Suggestion.Direction;
import com.stride.plan.Suggestion.Step;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The progression rule of the pain-monitoring model, in one place: over the window, pain above the
 * limit or a worse next morning means ease off (the lower end of the range, then the easier
 * exercise, then a set fewer); pain in the safe zone every time, no worse morning and most sessions
 * done mean a strengthening exercise may step up (the top of the range, then a set more, then a
 * longer hold, then the harder exercise). Nothing else decides a suggestion; ProgressionTest holds
 * the hand-computed cases.
 */
public final class Progression {

    private final ProgressionSettings settings;

    public Progression(ProgressionSettings settings) {
        this.settings = settings;
    }

    /** A mutable candidate, before it is turned into a {@link Suggestion}. */
    private record Change(Step step, long exerciseId, String exerciseName, Dosage dosage) {
    }

    public Optional<Suggestion> suggest(long planId, long planVersion, PlanItemView item, ItemEvidence evidence,
                                        @Nullable ExerciseStep steps) {
        if (evidence.sessionsDone() == 0) {
            return Optional.empty();
        }
        boolean tooMuch = evidence.maxPain() != null && evidence.maxPain() > settings.tooMuchAbove();
        if (tooMuch || evidence.morningsWorse() > 0) {
            return easeOff(item, steps).map(change -> suggestion(planId, planVersion, item, Direction.EASE_OFF, change,
                    easeOffReason(evidence, tooMuch)));
        }
        if (readyForMore(item, evidence)) {
            return stepUp(item, steps).map(change -> suggestion(planId, planVersion, item, Direction.PROGRESS, change,
                    progressReason(evidence)));
        }
        return Optional.empty();
    }

    private boolean readyForMore(PlanItemView item, ItemEvidence evidence) {
        // stretches and mobility are dosed for comfort, not progressive load
        return item.category() == Category.STRENGTHENING
                && evidence.painScores() >= settings.minSessions()
                && evidence.maxPain() != null && evidence.maxPain() <= settings.safeMax()
                && evidence.morningsWorse() == 0
                && evidence.adherencePercent() >= settings.adherencePercent();
    }

    private Optional<Change> easeOff(PlanItemView item, @Nullable ExerciseStep steps) {
        Dosage dose = item.dosage();
        if (isRange(dose.reps()) || isRange(dose.holdSeconds()) || isRange(dose.durationSeconds())) {
            return same(item, Step.LOWER_END, dose.toBuilder().reps(lower(dose.reps())).hold(lower(dose.holdSeconds()))
                    .duration(lower(dose.durationSeconds())).build());
        }
        if (steps != null && steps.easier() != null) {
            return Optional.of(swap(item, Step.EASIER_EXERCISE, steps.easier()));
        }
        if (item.circuit() == null && dose.sets() != null && dose.sets().min() > 1) {
            return same(item, Step.FEWER_SETS, dose.toBuilder().sets(Range.of(dose.sets().min() - 1)).build());
        }
        return Optional.empty();
    }

    private Optional<Change> stepUp(PlanItemView item, @Nullable ExerciseStep steps) {
        Dosage dose = item.dosage();
        if (isRange(dose.reps()) || isRange(dose.holdSeconds()) || isRange(dose.durationSeconds())) {
            return same(item, Step.TOP_OF_RANGE, dose.toBuilder().reps(upper(dose.reps())).hold(upper(dose.holdSeconds()))
                    .duration(upper(dose.durationSeconds())).build());
        }
        // a circuit's sets are its rounds, shared by every move: they change for the circuit, not here
        if (item.circuit() == null && dose.sets() != null && dose.sets().upper() < settings.setsMax()) {
            return same(item, Step.MORE_SETS, dose.toBuilder().sets(Range.of(dose.sets().upper() + 1)).build());
        }
        if (dose.holdSeconds() != null && dose.phases().isEmpty() && dose.holdSeconds().upper() < settings.holdMaxSeconds()) {
            return same(item, Step.LONGER_HOLD, dose.toBuilder().hold(Range.of(longer(dose.holdSeconds().upper())))
                    .build());
        }
        if (steps != null && steps.harder() != null) {
            return Optional.of(swap(item, Step.HARDER_EXERCISE, steps.harder()));
        }
        return Optional.empty();
    }

    /** A quarter longer, in whole 5 s (2 s for short holds), up to the limit: 5 → 7, 10 → 15, 30 → 40. */
    int longer(int seconds) {
        int step = seconds < 10 ? 2 : 5 * (int) Math.ceil(seconds * 0.25 / 5);
        return Math.min(settings.holdMaxSeconds(), seconds + step);
    }

    private static Optional<Change> same(PlanItemView item, Step step, Dosage dosage) {
        return Optional.of(new Change(step, item.exerciseId(), item.exerciseName(), dosage));
    }

    /** The next exercise at its own default dose, on the item's schedule. */
    private static Change swap(PlanItemView item, Step step, ExerciseStep.Neighbour next) {
        Dosage current = item.dosage();
        Dosage dosage = next.defaultDosage().toBuilder().timesPerDay(current.timesPerDay())
                .daysPerWeek(current.daysPerWeek()).weekdays(current.weekdays()).build();
        if (item.circuit() != null) {
            // a move of a circuit keeps the circuit's rounds
            dosage = dosage.toBuilder().sets(current.sets()).build();
        }
        return new Change(step, next.id(), next.name(), dosage);
    }

    private static Suggestion suggestion(long planId, long planVersion, PlanItemView item, Direction direction,
                                         Change change, String reason) {
        return new Suggestion(planId, planVersion, item.itemId(), item.exerciseId(), item.exerciseName(), direction,
                change.step(), change.exerciseId(), change.exerciseName(), item.dosage(), change.dosage(), reason);
    }

    /** One whole sentence for what went wrong (pain, a worse morning, or both), then the window's. */
    private String easeOffReason(ItemEvidence evidence, boolean tooMuch) {
        boolean morning = evidence.morningsWorse() > 0;
        String key = tooMuch && morning ? "plan.progression.easeOff.both"
                : tooMuch ? "plan.progression.easeOff.pain" : "plan.progression.easeOff.morning";
        return Text.get(key, "pain", Formats.score(evidence.maxPain()), "limit", settings.tooMuchAbove(),
                "points", settings.morningWorsePoints(), "count", evidence.morningsWorse(),
                "mornings", evidence.mornings()) + " " + window(evidence);
    }

    private String progressReason(ItemEvidence evidence) {
        return Text.get("plan.progression.progress", "pain", painRange(evidence), "count", evidence.painScores(),
                "safe", settings.safeMax(), "percent", evidence.adherencePercent()) + " " + window(evidence);
    }

    private static String window(ItemEvidence evidence) {
        return Text.get("plan.progression.window", "from", Formats.dayMonth(evidence.from()),
                "to", Formats.dayMonth(evidence.to()), "done", evidence.sessionsDone(), "due", evidence.due());
    }

    private static String painRange(ItemEvidence evidence) {
        return evidence.minPain() == null || evidence.minPain().equals(evidence.maxPain())
                ? String.valueOf(evidence.maxPain()) : evidence.minPain() + "-" + evidence.maxPain();
    }

    private static boolean isRange(@Nullable Range range) {
        return range != null && range.isRange();
    }

    private static @Nullable Range lower(@Nullable Range range) {
        return range == null ? null : Range.of(range.min());
    }

    private static @Nullable Range upper(@Nullable Range range) {
        return range == null ? null : Range.of(range.upper());
    }
}
