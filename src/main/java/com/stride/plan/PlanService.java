package com.stride.plan;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.base.ConcurrentEditException;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.base.validation.Validation;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.DosageRules;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans for PTs and clinic admins: the runners list, building, assigning, revising and ending plans,
 * and templates. Every method checks that the caller is a PT or admin and that the runner or plan
 * belongs to the caller's clinic; anything of another clinic is "not found".
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
public class PlanService {

    private static final String PLAN = "plan";
    private static final String RUNNER = "Runner";
    private static final Set<String> RACE_CONSTRAINTS = Set.of("plan_one_active_per_runner_uq",
            "plan_revision_number_uq");

    private final PlanQueries queries;
    private final PlanRepository plans;
    private final PlanRevisionRepository revisions;
    private final PlanTemplateRepository templates;
    private final Validator validator;
    private final Clock clock;
    private final EntityManager entityManager;
    private final CatalogueService catalogue;
    private final AuditLog audit;

    PlanService(PlanQueries queries, PlanRepository plans, PlanRevisionRepository revisions,
                PlanTemplateRepository templates, Validator validator, Clock clock, EntityManager entityManager,
                CatalogueService catalogue, AuditLog audit) {
        this.catalogue = catalogue;
        this.audit = audit;
        this.queries = queries;
        this.plans = plans;
        this.revisions = revisions;
        this.templates = templates;
        this.validator = validator;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    // ----- runners -----

    /** The clinic's runners; for a PT, {@link RunnerScope#MINE} keeps those linked to them. */
    public List<RunnerRow> runners(RunnerScope scope, String search, int offset, int limit) {
        CurrentUser caller = caller();
        return queries.runners(caller.clinicId(), linkedTo(caller, scope), search == null ? "" : search,
                LocalDate.now(clock), Math.max(0, offset), Math.clamp(limit, 1, 200));
    }

    public int countRunners(RunnerScope scope, String search) {
        CurrentUser caller = caller();
        return queries.countRunners(caller.clinicId(), linkedTo(caller, scope), search == null ? "" : search);
    }

    /** Admins are linked to no one: "mine" means every runner for them. */
    private static Long linkedTo(CurrentUser caller, RunnerScope scope) {
        return scope == RunnerScope.MINE && caller.hasRole(Role.THERAPIST) ? caller.userId() : null;
    }

    public RunnerCard runner(long runnerId) {
        CurrentUser caller = caller();
        return queries.runner(caller.clinicId(), runnerId).orElseThrow(() -> new RecordNotFoundException(RUNNER));
    }

    public List<PlanSummary> plansOf(long runnerId) {
        CurrentUser caller = caller();
        runner(runnerId);
        return queries.plansOf(caller.clinicId(), runnerId);
    }

    // ----- reading plans -----

    public PlanDetails get(long planId) {
        return details(visibleHeader(caller(), planId), null);
    }

    /** An earlier (or the current) revision, read-only. */
    public PlanDetails revision(long planId, int number) {
        return details(visibleHeader(caller(), planId), number);
    }

    public List<RevisionSummary> revisions(long planId) {
        visibleHeader(caller(), planId);
        return queries.revisions(planId);
    }

    public List<TemplateSummary> templates() {
        return queries.templates(caller().clinicId());
    }

    // ----- changing plans -----

    /** A new draft plan for the runner, empty or with the given content. */
    @Transactional
    public PlanDetails createDraft(long runnerId, PlanDraft draft) {
        return createDraft(runnerId, draft, Set.of());
    }

    /**
     * @param copiedExercises exercises taken over from a plan or template being copied: they may
     *                        have been archived since, and stay (archiving never breaks a copy)
     */
    private PlanDetails createDraft(long runnerId, PlanDraft draft, Set<Long> copiedExercises) {
        CurrentUser caller = caller();
        runner(runnerId);
        List<PlanItem.Content> items = validate(caller, draft, copiedExercises);
        Plan plan = plans.save(new Plan(caller.clinicId(), runnerId, caller.userId(), draft.startDate(),
                draft.endDate()));
        PlanRevision revision = new PlanRevision(plan, 1, caller.userId(), clock.instant());
        revision.fill(draft.title(), draft.goal(), items, caller.userId(), clock.instant());
        revisions.save(revision);
        flush();
        audit.change(AuditAction.PLAN_CREATED, PLAN, plan.getId(), "for runner " + runnerId);
        return details(header(plan.getId()), null);
    }

    /** A new draft for the runner with a copy of the template's exercises and dosages. */
    @Transactional
    public PlanDetails createFromTemplate(long runnerId, long templateId) {
        CurrentUser caller = caller();
        PlanTemplate template = visibleTemplate(caller, templateId);
        List<PlanItemDraft> items = template.contents().stream()
                .map(content -> new PlanItemDraft(content.exerciseId(), content.dosage())).toList();
        return createDraft(runnerId, new PlanDraft(template.getName(), template.getDescription(), today(), null,
                items), exerciseIds(items));
    }

    /**
     * Saves the content. A draft is changed in place; an active plan gets a new revision (unless
     * nothing changed), so earlier revisions and what was logged against them stay as they were.
     */
    @Transactional
    public PlanDetails save(long planId, long loadedVersion, PlanDraft draft) {
        CurrentUser caller = caller();
        Plan plan = editablePlan(caller, planId, loadedVersion);
        if (plan.getStatus() == PlanStatus.ENDED) {
            throw InvalidInputException.of("status", "An ended plan cannot be changed. Duplicate it to start a new one.");
        }
        PlanRevision current = revisions.findCurrent(planId).orElseThrow(() -> new RecordNotFoundException(PLAN));
        Set<Long> alreadyUsed = current.getItems().stream().map(item -> item.content().exerciseId())
                .collect(Collectors.toSet());
        List<PlanItem.Content> items = validate(caller, draft, alreadyUsed);
        if (plan.getStatus() == PlanStatus.ACTIVE && items.isEmpty()) {
            throw InvalidInputException.of("items", "An assigned plan needs at least one exercise");
        }
        plan.schedule(draft.startDate(), draft.endDate());
        if (plan.getStatus() == PlanStatus.DRAFT) {
            current.fill(draft.title(), draft.goal(), items, caller.userId(), clock.instant());
            audit.change(AuditAction.PLAN_EDITED, PLAN, planId, "draft");
        } else if (!sameContent(current, draft, items)) {
            PlanRevision next = new PlanRevision(plan, current.getNumber() + 1, caller.userId(), clock.instant());
            next.fill(draft.title(), draft.goal(), items, caller.userId(), clock.instant());
            revisions.save(next);
            audit.change(AuditAction.PLAN_EDITED, PLAN, planId, "revision " + next.getNumber());
        } else {
            audit.change(AuditAction.PLAN_EDITED, PLAN, planId, "dates");
        }
        bumpVersion(plan);
        return details(header(planId), null);
    }

    /**
     * Assigns a draft to its runner. When the runner has another active plan, that one ends, but
     * only when {@code endCurrentPlan} says the PT confirmed it; otherwise an
     * {@link OtherActivePlanException} asks for the confirmation and nothing changes.
     */
    @Transactional
    public PlanDetails activate(long planId, long loadedVersion, boolean endCurrentPlan) {
        CurrentUser caller = caller();
        Plan plan = editablePlan(caller, planId, loadedVersion);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw InvalidInputException.of("status", "Only a draft can be assigned");
        }
        PlanRevision current = revisions.findCurrent(planId).orElseThrow(() -> new RecordNotFoundException(PLAN));
        if (current.getItems().isEmpty()) {
            throw InvalidInputException.of("items", "Add at least one exercise before assigning the plan");
        }
        plans.findActiveOf(plan.getRunnerId()).ifPresent(active -> {
            if (!endCurrentPlan) {
                throw new OtherActivePlanException(revisions.findCurrent(active.getId())
                        .map(PlanRevision::getTitle).orElse("untitled"));
            }
            active.end(clock.instant());
            plans.save(active);
            flush();
            audit.change(AuditAction.PLAN_ENDED, PLAN, active.getId(), "replaced by plan " + planId);
        });
        plan.activate(clock.instant());
        bumpVersion(plan);
        audit.change(AuditAction.PLAN_ASSIGNED, PLAN, planId, "to runner " + plan.getRunnerId());
        return details(header(planId), null);
    }

    /** Ends an active plan: the runner no longer sees it; everything logged stays. */
    @Transactional
    public PlanDetails end(long planId, long loadedVersion) {
        CurrentUser caller = caller();
        Plan plan = editablePlan(caller, planId, loadedVersion);
        if (plan.getStatus() != PlanStatus.ACTIVE) {
            throw InvalidInputException.of("status", "Only an active plan can be ended");
        }
        plan.end(clock.instant());
        bumpVersion(plan);
        audit.change(AuditAction.PLAN_ENDED, PLAN, planId, null);
        return details(header(planId), null);
    }

    /** A new draft for the same runner with the plan's current content. */
    @Transactional
    public PlanDetails duplicate(long planId) {
        PlanDetails source = get(planId);
        PlanDraft draft = source.toDraft();
        String title = truncate(source.title() + " (copy)", PlanLimits.TITLE_MAX_LENGTH);
        return createDraft(source.runnerId(), new PlanDraft(title, draft.goal(), today(), null, draft.items()),
                exerciseIds(draft.items()));
    }

    /** Saves the plan's current exercises and dosages as a template of the caller's clinic. */
    @Transactional
    public TemplateSummary saveAsTemplate(long planId, String name) {
        CurrentUser caller = caller();
        PlanDetails plan = get(planId);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > PlanLimits.TITLE_MAX_LENGTH) {
            throw InvalidInputException.of("name", "Give the template a name of at most 120 characters");
        }
        if (!com.stride.base.validation.PlainTextValidator.isPlainText(trimmed)) {
            throw InvalidInputException.of("name", "Use plain text: no HTML tags, emoji or special symbols");
        }
        if (templates.nameTaken(caller.clinicId(), trimmed)) {
            throw InvalidInputException.of("name", "Your clinic already has a template with this name");
        }
        if (plan.items().isEmpty()) {
            throw InvalidInputException.of("items", "A template needs at least one exercise");
        }
        List<PlanItem.Content> contents = plan.items().stream()
                .map(item -> new PlanItem.Content(item.exerciseId(), item.dosage())).toList();
        try {
            PlanTemplate template = templates.saveAndFlush(new PlanTemplate(caller.clinicId(), trimmed,
                    plan.goal(), contents));
            audit.change(AuditAction.TEMPLATE_CREATED, "template", template.getId(), "from plan " + planId);
            return new TemplateSummary(template.getId(), template.getName(), template.getDescription(), false,
                    contents.size());
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("name", "Your clinic already has a template with this name");
        }
    }

    /** A printable PDF of the plan's current revision. Not read-only: the export is audited. */
    @Transactional
    public Handout handout(long planId) {
        PlanDetails plan = get(planId);
        audit.change(AuditAction.PLAN_EXPORTED, PLAN, planId, "PDF");
        byte[] pdf = PlanHandout.render(plan,
                catalogue.images(plan.items().stream().map(PlanItemView::exerciseId).toList()), clock.getZone());
        String name = java.text.Normalizer.normalize(plan.runnerName() + " " + plan.title(),
                        java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new Handout((name.isEmpty() ? "plan" : truncate(name, 80)) + ".pdf", pdf);
    }

    /** A file to download. */
    public record Handout(String fileName, byte[] pdf) {
    }

    // ----- helpers -----

    private static Set<Long> exerciseIds(List<PlanItemDraft> items) {
        return items.stream().map(PlanItemDraft::exerciseId).collect(Collectors.toSet());
    }

    private static CurrentUser caller() {
        return Caller.require(Role.THERAPIST, Role.ADMIN);
    }

    private PlanQueries.Header visibleHeader(CurrentUser caller, long planId) {
        PlanQueries.Header header = header(planId);
        if (!caller.belongsTo(header.clinicId())) {
            audit.denied(PLAN, planId, "another clinic's plan");
            throw new RecordNotFoundException(PLAN);
        }
        return header;
    }

    private PlanQueries.Header header(long planId) {
        return queries.header(planId).orElseThrow(() -> new RecordNotFoundException(PLAN));
    }

    private Plan editablePlan(CurrentUser caller, long planId, long loadedVersion) {
        Plan plan = plans.findForUpdate(planId).orElseThrow(() -> new RecordNotFoundException(PLAN));
        if (!caller.belongsTo(plan.getClinicId())) {
            audit.denied(PLAN, planId, "another clinic's plan");
            throw new RecordNotFoundException(PLAN);
        }
        if (plan.getVersion() != loadedVersion) {
            throw new ConcurrentEditException(PLAN);
        }
        return plan;
    }

    private PlanTemplate visibleTemplate(CurrentUser caller, long templateId) {
        PlanTemplate template = templates.findWithItems(templateId)
                .orElseThrow(() -> new RecordNotFoundException("Template"));
        if (!template.isStock() && !caller.belongsTo(template.getClinicId())) {
            throw new RecordNotFoundException("Template");
        }
        return template;
    }

    /**
     * Checks the whole draft and reports every problem at once, keyed by field ("title",
     * "items[2].reps", ...). Exercises must be stock or the clinic's own; archived ones may stay in a
     * plan that already used them but cannot be added.
     */
    private List<PlanItem.Content> validate(CurrentUser caller, PlanDraft draft, Set<Long> alreadyUsed) {
        Map<String, String> errors = new LinkedHashMap<>(Validation.fieldErrors(validator, draft));
        if (draft.startDate() != null && draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
            errors.putIfAbsent("endDate", "The end date must not be before the start date");
        }
        Set<Long> ids = new HashSet<>();
        draft.items().forEach(item -> ids.add(item.exerciseId()));
        Map<Long, Boolean> usable = new HashMap<>();
        queries.usableExercises(caller.clinicId(), ids).forEach(row -> usable.put(row[0], row[1] == 1));
        for (int i = 0; i < draft.items().size(); i++) {
            PlanItemDraft item = draft.items().get(i);
            String prefix = "items[" + i + "]";
            Boolean archived = usable.get(item.exerciseId());
            if (archived == null) {
                errors.putIfAbsent(prefix, "This exercise is not in your catalogue");
            } else if (archived && !alreadyUsed.contains(item.exerciseId())) {
                errors.putIfAbsent(prefix, "This exercise has been archived; choose another one");
            }
            DosageRules.check(item.dosage()).forEach((field, message) ->
                    errors.putIfAbsent(prefix + "." + field, message));
        }
        Validation.throwIfAny(errors);
        return draft.items().stream().map(item -> new PlanItem.Content(item.exerciseId(), item.dosage())).toList();
    }

    private static boolean sameContent(PlanRevision current, PlanDraft draft, List<PlanItem.Content> items) {
        return current.getTitle().equals(draft.title())
                && java.util.Objects.equals(current.getGoal(), draft.goal())
                && current.getItems().stream().map(PlanItem::content).toList().equals(items);
    }

    /** Every change bumps the plan's version, so a second editor working on an older copy is refused. */
    private void bumpVersion(Plan plan) {
        entityManager.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        flush();
    }

    private void flush() {
        try {
            entityManager.flush();
        } catch (ObjectOptimisticLockingFailureException | jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentEditException(PLAN);
        } catch (DataIntegrityViolationException e) {
            throw concurrentIfRace(e);
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw concurrentIfRace(new DataIntegrityViolationException(e.getMessage(), e));
        }
    }

    /** Two assignments or two new revisions at the same moment: the indexes decide, the loser is told. */
    private static RuntimeException concurrentIfRace(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && RACE_CONSTRAINTS.contains(violation.getConstraintName().toLowerCase(java.util.Locale.ROOT))) {
                return new ConcurrentEditException(PLAN);
            }
        }
        return e;
    }

    private PlanDetails details(PlanQueries.Header header, Integer number) {
        PlanQueries.RevisionMeta revision = queries.revision(header.id(), number)
                .orElseThrow(() -> new RecordNotFoundException("Revision"));
        return new PlanDetails(header.id(), header.version(), header.runnerId(), header.runnerName(),
                header.clinicName(), header.status(), header.startDate(), header.endDate(), revision.number(),
                revision.number() == revision.latestNumber(), revision.title(), revision.goal(),
                revision.authorName(), revision.createdAt(), queries.items(revision.id()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
