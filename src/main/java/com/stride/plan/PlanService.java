package com.stride.plan;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.base.RecordNotFoundException;
import com.stride.i18n.Language;
import com.stride.i18n.Text;
import com.stride.base.validation.Problems;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.StockText;
import com.stride.clinic.ClinicCalendar;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans for PTs: building, assigning, revising and ending plans, and templates. Clinic admins are
 * refused (minimum necessary). Every method checks that the caller is a PT and that the runner or plan belongs to the
 * caller's clinic; anything of another clinic is "not found".
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Names.THERAPIST)
public class PlanService {

    private static final String PLAN = PlanStore.PLAN;

    private final PlanQueries queries;
    private final RunnerQueries runners;
    private final PlanRepository plans;
    private final PlanRevisionRepository revisions;
    private final PlanStore store;
    private final TemplateStore templates;
    private final PlanDraftCheck check;
    private final CatalogueService catalogue;
    private final AuditLog audit;
    private final Clock clock;
    private final ClinicCalendar calendar;

    PlanService(PlanQueries queries, RunnerQueries runners, PlanRepository plans, PlanRevisionRepository revisions,
                PlanStore store, TemplateStore templates, PlanDraftCheck check, CatalogueService catalogue,
                AuditLog audit, Clock clock, ClinicCalendar calendar) {
        this.queries = queries;
        this.runners = runners;
        this.plans = plans;
        this.revisions = revisions;
        this.store = store;
        this.templates = templates;
        this.check = check;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
        this.calendar = calendar;
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
    private PlanDetails createDraft(long runnerId, PlanDraft shown, Set<Long> copiedExercises) {
        CurrentUser caller = caller();
        PlanDraft draft = asStored(shown);
        runners.runner(caller.clinicId(), runnerId).orElseThrow(() -> new RecordNotFoundException(RunnerService.RUNNER));
        List<DosedItem.Content> items = check.contents(draft, copiedExercises);
        Plan plan = plans.save(new Plan(caller.clinicId(), runnerId, caller.userId(), draft.startDate(),
                draft.endDate()));
        PlanRevision revision = new PlanRevision(plan, 1, caller.userId(), clock.instant());
        revision.fill(draft.title(), draft.goal(), items, caller.userId(), clock.instant());
        revisions.save(revision);
        store.flush();
        audit.change(AuditAction.PLAN_CREATED, PLAN, plan.getId(), "for runner " + runnerId);
        return details(header(plan.getId()), null);
    }

    /** What the PT saw of the stock catalogue in their language is stored as the catalogue has it. */
    private static PlanDraft asStored(PlanDraft shown) {
        return new PlanDraft(StockText.asStored(shown.title()), StockText.asStored(shown.goal()), shown.startDate(),
                shown.endDate(), shown.items().stream()
                        .map(item -> new PlanItemDraft(item.exerciseId(), StockText.asStored(item.dosage()), item.circuit()))
                        .toList());
    }

    /** A new draft for the runner with a copy of the template's exercises and dosages. */
    @Transactional
    public PlanDetails createFromTemplate(long runnerId, long templateId) {
        CurrentUser caller = caller();
        PlanTemplate template = templates.visible(caller, templateId);
        List<PlanItemDraft> items = template.contents().stream()
                .map(content -> new PlanItemDraft(content.exerciseId(), content.dosage(), content.circuit())).toList();
        return createDraft(runnerId, new PlanDraft(template.getName(), template.getDescription(),
                calendar.today(caller.clinicId()), null,
                items), exerciseIds(items));
    }

    /**
     * Saves the content. A draft is changed in place; an active plan gets a new revision (unless
     * nothing changed), so earlier revisions and what was logged against them stay as they were.
     */
    @Transactional
    public PlanDetails save(long planId, long loadedVersion, PlanDraft shown) {
        CurrentUser caller = caller();
        PlanDraft draft = asStored(shown);
        Plan plan = store.editable(caller, planId, loadedVersion);
        if (plan.getStatus() == PlanStatus.ENDED) {
            throw Problems.refuse("status", Text.get("plan.refused.ended"));
        }
        PlanRevision current = revisions.findCurrent(planId).orElseThrow(() -> new RecordNotFoundException(PLAN));
        Set<Long> alreadyUsed = current.getItems().stream().map(item -> item.content().exerciseId())
                .collect(Collectors.toSet());
        List<DosedItem.Content> items = check.contents(draft, alreadyUsed);
        if (plan.getStatus() == PlanStatus.ACTIVE && items.isEmpty()) {
            throw Problems.refuse("items", Text.get("plan.refused.activeEmpty"));
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
        store.bumpVersion(plan);
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
        Plan plan = store.editable(caller, planId, loadedVersion);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw Problems.refuse("status", Text.get("plan.refused.notDraft"));
        }
        PlanRevision current = revisions.findCurrent(planId).orElseThrow(() -> new RecordNotFoundException(PLAN));
        if (current.getItems().isEmpty()) {
            throw Problems.refuse("items", Text.get("plan.refused.assignEmpty"));
        }
        plans.findActiveOf(plan.getRunnerId()).ifPresent(active -> {
            if (!endCurrentPlan) {
                throw new OtherActivePlanException(revisions.findCurrent(active.getId())
                        .map(PlanRevision::getTitle).orElse(Text.get("plan.untitled")));
            }
            active.end(clock.instant());
            plans.save(active);
            store.flush();
            audit.change(AuditAction.PLAN_ENDED, PLAN, active.getId(), "replaced by plan " + planId);
        });
        plan.activate(clock.instant());
        store.bumpVersion(plan);
        audit.change(AuditAction.PLAN_ASSIGNED, PLAN, planId, "to runner " + plan.getRunnerId());
        return details(header(planId), null);
    }

    /** Ends an active plan: the runner no longer sees it; everything logged stays. */
    @Transactional
    public PlanDetails end(long planId, long loadedVersion) {
        CurrentUser caller = caller();
        Plan plan = store.editable(caller, planId, loadedVersion);
        if (plan.getStatus() != PlanStatus.ACTIVE) {
            throw Problems.refuse("status", Text.get("plan.refused.notActive"));
        }
        plan.end(clock.instant());
        store.bumpVersion(plan);
        audit.change(AuditAction.PLAN_ENDED, PLAN, planId, null);
        return details(header(planId), null);
    }

    /** A new draft for the same runner with the plan's current content. */
    @Transactional
    public PlanDetails duplicate(long planId) {
        PlanDetails source = get(planId);
        PlanDraft draft = source.toDraft();
        String title = truncate(Text.get("plan.copyTitle", "title", source.title()), PlanLimits.TITLE_MAX_LENGTH);
        LocalDate today = calendar.today(caller().clinicId());
        return createDraft(source.runnerId(), new PlanDraft(title, draft.goal(), today, null, draft.items()),
                exerciseIds(draft.items()));
    }

    /** Saves the plan's current exercises and dosages as a template of the caller's clinic. */
    @Transactional
    public TemplateSummary saveAsTemplate(long planId, @Nullable String name) {
        CurrentUser caller = caller();
        PlanDetails plan = get(planId);
        PlanTemplate template = templates.saveFrom(caller, plan, name);
        audit.change(AuditAction.TEMPLATE_CREATED, "template", template.getId(), "from plan " + planId);
        return new TemplateSummary(template.getId(), null, template.getName(), template.getDescription(),
                plan.items().size());
    }

    /**
     * A printable PDF of the plan's current revision, in the runner's language (they read it), with
     * dates in the clinic's zone. Not read-only: the export is audited.
     */
    @Transactional
    public Handout handout(long planId) {
        CurrentUser caller = caller();
        Locale reader = queries.runnerLocale(visibleHeader(caller, planId).runnerId(), caller.clinicId());
        audit.change(AuditAction.PLAN_EXPORTED, PLAN, planId, "PDF");
        // read again in the runner's language: the stock exercises' names and steps, the dosages
        return Text.writingFor(Language.orEnglish(reader), () -> {
            PlanDetails plan = get(planId);
            byte[] pdf = PlanHandout.render(plan,
                    catalogue.images(plan.items().stream().map(PlanItemView::exerciseId).toList(),
                            PlanHandout.PICTURES_PER_EXERCISE), calendar.zone(caller.clinicId()), reader);
            return new Handout(PlanHandout.fileName(plan), pdf);
        });
    }

    /** A file to download. */
    public record Handout(String fileName, byte[] pdf) {
    }

    // ----- helpers -----

    private static Set<Long> exerciseIds(List<PlanItemDraft> items) {
        return items.stream().map(PlanItemDraft::exerciseId).collect(Collectors.toSet());
    }

    private static CurrentUser caller() {
        return Caller.require(Role.THERAPIST);
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

    private static boolean sameContent(PlanRevision current, PlanDraft draft, List<DosedItem.Content> items) {
        return current.getTitle().equals(draft.title())
                && Objects.equals(current.getGoal(), draft.goal())
                && current.getItems().stream().map(DosedItem::content).toList().equals(items);
    }

    private PlanDetails details(PlanQueries.Header header, Integer number) {
        PlanQueries.RevisionMeta revision = queries.revision(header.id(), number)
                .orElseThrow(() -> new RecordNotFoundException("Revision"));
        return new PlanDetails(header.id(), header.version(), header.runnerId(), header.runnerName(),
                header.clinicName(), header.status(), header.startDate(), header.endDate(), revision.number(),
                revision.number() == revision.latestNumber(), revision.title(), revision.goal(),
                revision.authorName(), revision.createdAt(), queries.items(revision.id()));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
