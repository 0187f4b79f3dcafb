package com.stride.plan;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.base.ConcurrentEditException;
import com.stride.base.RecordNotFoundException;
import com.stride.base.db.SqlZones;
import com.stride.catalogue.Dosage;
import com.stride.clinic.ClinicCalendar;
import com.stride.catalogue.ExerciseStep;
import com.stride.catalogue.ExerciseStepService;
import com.stride.plan.Suggestion.Direction;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progression suggestions for a PT: computed from the runner's logs by {@link Progression}, and
 * nothing changes for the runner until the PT accepts one (a new plan revision, audited), edits it
 * first, or dismisses it. A clinical judgement: PTs only, for runners of their own clinic.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Names.THERAPIST)
@EnableConfigurationProperties(ProgressionSettings.class)
public class SuggestionService {

    static final String SUGGESTION = "suggestion";
    /** The message key of a suggestion that is no longer what the logs give. */
    public static final String CHANGED = "plan.suggestion.changed";

    private final SuggestionQueries queries;
    private final RunnerQueries runners;
    private final PlanService plans;
    private final ExerciseStepService steps;
    private final ProgressionSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final ClinicCalendar calendar;

    SuggestionService(SuggestionQueries queries, RunnerQueries runners, PlanService plans, ExerciseStepService steps,
                      ProgressionSettings settings, AuditLog audit, Clock clock, ClinicCalendar calendar) {
        this.queries = queries;
        this.runners = runners;
        this.plans = plans;
        this.steps = steps;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The suggestions for the runner's active plan, ease-off first; empty without one. */
    public List<Suggestion> suggestions(long runnerId) {
        CurrentUser caller = caller();
        runners.runner(caller.clinicId(), runnerId).orElseThrow(() -> new RecordNotFoundException(RunnerService.RUNNER));
        return queries.activePlan(caller.clinicId(), runnerId).map(this::forPlan).orElse(List.of());
    }

    /** Applies the suggestion as shown: a new revision of the plan with its change. */
    @Transactional
    public PlanDetails accept(Suggestion shown) {
        Suggestion current = current(shown);
        if (!current.to().equals(shown.to())) {
            throw new ConcurrentEditException("plan.record.suggestion");
        }
        return apply(current, current.to(), "ACCEPTED");
    }

    /** Applies the suggestion's exercise with the dose the PT edited from it. */
    @Transactional
    public PlanDetails acceptEdited(Suggestion shown, Dosage dosage) {
        Objects.requireNonNull(dosage, "dosage");
        Suggestion current = current(shown);
        return apply(current, dosage, current.to().equals(dosage) ? "ACCEPTED" : "EDITED");
    }

    /** Hides the suggestion until a session logged after now brings new evidence. */
    @Transactional
    public void dismiss(Suggestion shown) {
        CurrentUser caller = caller();
        Suggestion current = current(shown);
        queries.decide(current.planId(), current.exerciseId(), current.direction(), "DISMISSED", null,
                caller.userId(), clock.instant());
        audit.change(AuditAction.SUGGESTION_DISMISSED, PlanStore.PLAN, current.planId(),
                current.direction().name().toLowerCase(java.util.Locale.ROOT) + " for exercise " + current.exerciseId());
    }

    private PlanDetails apply(Suggestion suggestion, Dosage dosage, String decision) {
        CurrentUser caller = caller();
        PlanDetails plan = plans.get(suggestion.planId());
        List<PlanItemDraft> items = new ArrayList<>();
        for (PlanItemView item : plan.items()) {
            items.add(item.itemId() == suggestion.itemId()
                    ? new PlanItemDraft(suggestion.newExerciseId(), dosage, item.circuit())
                    : new PlanItemDraft(item.exerciseId(), item.dosage(), item.circuit()));
        }
        PlanDetails saved = plans.save(plan.id(), suggestion.planVersion(), plan.toDraft().withItems(items));
        queries.decide(plan.id(), suggestion.exerciseId(), suggestion.direction(), decision, saved.revision(),
                caller.userId(), clock.instant());
        audit.change(AuditAction.SUGGESTION_ACCEPTED, PlanStore.PLAN, plan.id(),
                decision.toLowerCase(java.util.Locale.ROOT) + ", " + suggestion.step().name().toLowerCase(java.util.Locale.ROOT)
                        + " for exercise " + suggestion.exerciseId() + ", revision " + saved.revision());
        return saved;
    }

    /** The suggestion as the logs give it now; a conflict when it is gone or the plan changed. */
    private Suggestion current(Suggestion shown) {
        CurrentUser caller = caller();
        Objects.requireNonNull(shown, "suggestion");
        PlanDetails plan = plans.get(shown.planId());
        runners.runner(caller.clinicId(), plan.runnerId()).orElseThrow(() -> new RecordNotFoundException(RunnerService.RUNNER));
        if (plan.version() != shown.planVersion()) {
            throw new ConcurrentEditException("plan.record.plan");
        }
        return forPlan(plan).stream()
                .filter(s -> s.itemId() == shown.itemId() && s.direction() == shown.direction()
                        && s.step() == shown.step() && s.newExerciseId() == shown.newExerciseId())
                .findFirst().orElseThrow(() -> new ConcurrentEditException("plan.record.suggestion"));
    }

    private List<Suggestion> forPlan(long planId) {
        return forPlan(plans.get(planId));
    }

    private List<Suggestion> forPlan(PlanDetails plan) {
        if (plan.status() != PlanStatus.ACTIVE) {
            return List.of();
        }
        long clinicId = caller().clinicId();
        LocalDate today = calendar.today(clinicId);
        Map<Long, ItemEvidence> evidence = queries.evidence(plan.id(), today.minusDays(settings.windowDays() - 1L),
                today, SqlZones.name(calendar.zone(clinicId)), settings.morningWorsePoints());
        Map<Long, ExerciseStep> chain = steps.steps(plan.items().stream().map(PlanItemView::exerciseId).toList());
        Map<SuggestionQueries.Dismissal, Instant> dismissed = queries.dismissals(plan.id());
        Progression rule = new Progression(settings);
        List<Suggestion> found = new ArrayList<>();
        for (PlanItemView item : plan.items()) {
            ItemEvidence itemEvidence = evidence.get(item.itemId());
            if (itemEvidence == null) {
                continue;
            }
            rule.suggest(plan.id(), plan.version(), item, itemEvidence, chain.get(item.exerciseId()))
                    .filter(s -> !dismissedSince(dismissed, s, itemEvidence))
                    .ifPresent(found::add);
        }
        found.sort((a, b) -> a.direction().compareTo(b.direction()) * -1);
        return found;
    }

    /** A dismissal holds until something is logged after it. */
    private static boolean dismissedSince(Map<SuggestionQueries.Dismissal, Instant> dismissed, Suggestion suggestion,
                                          ItemEvidence evidence) {
        Instant at = dismissed.get(new SuggestionQueries.Dismissal(suggestion.exerciseId(), suggestion.direction()));
        return at != null && (evidence.lastLogged() == null || !evidence.lastLogged().isAfter(at));
    }

    private static CurrentUser caller() {
        return Caller.require(Role.THERAPIST);
    }
}
