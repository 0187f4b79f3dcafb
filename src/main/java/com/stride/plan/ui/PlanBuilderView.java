package com.stride.plan.ui;

import com.stride.clinic.ClinicTimeService;
import com.stride.base.ui.DatePickers;
import com.stride.base.ui.LengthCounter;
import com.stride.base.ConcurrentEditException;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import com.stride.base.ui.FieldErrors;
import com.stride.base.ui.Notices;
import com.stride.i18n.Titles;
import com.stride.base.ui.UnsavedChanges;
import com.stride.base.validation.Problems;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.ui.ExerciseBrowser;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanDraft;
import com.stride.plan.PlanLimits;
import com.stride.plan.PlanService;
import com.stride.plan.PlanStatus;
import com.stride.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The PT's plan builder: title, goal and dates, the exercises with their dosages, and the inline
 * catalogue to add from. Saving an active plan creates a new version; older versions stay readable.
 */
@Route("plans/:planId([0-9]{1,18})")
@RolesAllowed(Role.Names.THERAPIST)
class PlanBuilderView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final PlanService plans;
    private final ClinicTimeService clinicTime;
    private final TextField title = new TextField(Text.get("plan.builder.titleField"));
    private final TextArea goal = new TextArea(Text.get("plan.builder.goal"));
    private final DatePicker startDate = new DatePicker(Text.get("plan.builder.start"));
    private final DatePicker endDate = new DatePicker(Text.get("plan.builder.end"));
    private final PlanItemsEditor items = new PlanItemsEditor();
    private final ExerciseBrowser browser;
    private final Section catalogueColumn;
    private final Div header = new Div();
    private final Div banner = new Div();
    private final PlanActions actions;
    private final FieldErrors errors = new FieldErrors();
    private @Nullable PlanDetails plan;
    private boolean dirty;
    private boolean loading;

    PlanBuilderView(PlanService plans, CatalogueService catalogue, ClinicTimeService clinicTime) {
        this.plans = plans;
        this.clinicTime = clinicTime;
        addClassNames("plan-builder-view", "page");
        banner.addClassName("conflict-banner");
        banner.getElement().setAttribute("role", "alert");
        banner.setVisible(false);

        title.setRequiredIndicatorVisible(true);
        List.of(title, goal).forEach(field -> {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> markDirty());
        });
        LengthCounter.attach(title, PlanLimits.TITLE_MAX_LENGTH, null);
        LengthCounter.attach(goal, PlanLimits.GOAL_MAX_LENGTH, Text.get("plan.builder.goalHelper"));
        DatePickers.localize(startDate, endDate);
        startDate.setRequiredIndicatorVisible(true);
        startDate.addValueChangeListener(e -> markDirty());
        endDate.setClearButtonVisible(true);
        endDate.addValueChangeListener(e -> markDirty());
        items.setChangeListener(this::markDirty);
        errors.bind("title", title).bind("goal", goal).bind("startDate", startDate).bind("endDate", endDate)
                .bind(PlanItemsEditor.PREFIX, items);

        FormLayout details = new FormLayout();
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        details.add(title, 2);
        details.add(goal, 2);
        details.add(startDate, endDate);

        browser = new ExerciseBrowser(catalogue, new ExerciseBrowser.RowAction(Text.get("plan.builder.add"), exercise -> {
            if (items.add(exercise)) {
                Notices.info(Text.get("plan.builder.added", "exercise", exercise.name()));
            } else {
                Notices.error(Text.get("plan.builder.full", "max", PlanLimits.MAX_ITEMS));
            }
        }), false);
        actions = new PlanActions(this);

        Section planColumn = new Section(details, new H3(Text.get("plan.builder.exercises")), items);
        planColumn.addClassName("plan-column");
        catalogueColumn = new Section(new H3(Text.get("plan.builder.catalogue")), browser);
        catalogueColumn.addClassName("catalogue-column");
        Div columns = new Div(planColumn, catalogueColumn);
        columns.addClassName("builder-columns");
        add(header, banner, actions, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("planId").orElse(-1L);
        Integer revision = event.getLocation().getQueryParameters().getSingleParameter("version")
                .filter(v -> v.matches("[0-9]{1,6}")).map(Integer::valueOf).orElse(null);
        try {
            show(revision == null ? plans.get(id) : plans.revision(id, revision));
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        UnsavedChanges.confirmLeave(event, Text.get("plan.builder.unsaved"), () -> dirty = false);
    }

    @Override
    public String getPageTitle() {
        return plan == null ? Titles.of("plan.builder.pageTitle")
                : Titles.of("plan.builder.pageTitleOf", "title", plan.title(), "runner", plan.runnerName());
    }

    PlanDetails plan() {
        return plan;
    }

    boolean isDirty() {
        return dirty;
    }

    PlanService service() {
        return plans;
    }

    /** Shows a plan (or one of its earlier versions) and resets the unsaved-changes state. */
    void show(PlanDetails details) {
        plan = details;
        loading = true;
        try {
            title.setValue(details.title());
            goal.setValue(details.goal() == null ? "" : details.goal());
            startDate.setValue(details.startDate());
            endDate.setValue(details.endDate());
            boolean readOnly = !details.latest() || details.status() == PlanStatus.ENDED;
            List.of(title, goal).forEach(field -> field.setReadOnly(readOnly));
            startDate.setReadOnly(readOnly);
            endDate.setReadOnly(readOnly);
            items.setReadOnly(readOnly);
            items.setItems(details.items());
            catalogueColumn.setVisible(!readOnly);
            errors.clear();
            renderHeader();
            banner.setVisible(false);
            actions.update(details);
        } finally {
            loading = false;
        }
        dirty = false;
    }

    /** Saves the edits; true when the plan on screen is now what is stored. */
    boolean save() {
        Problems unreadable = items.readProblems();
        if (!unreadable.isEmpty()) {
            errors.show(unreadable);
            Notices.error(Text.get("plan.builder.correctDosage"));
            return false;
        }
        PlanDraft draft = new PlanDraft(title.getValue(), goal.getValue(), startDate.getValue(), endDate.getValue(),
                items.getItems());
        int revisionBefore = plan.revision();
        boolean saved = run(() -> plans.save(plan.id(), plan.version(), draft), null);
        if (saved) {
            String message = plan.status() != PlanStatus.ACTIVE ? Text.get("plan.builder.draftSaved")
                    : plan.revision() > revisionBefore ? Text.get("plan.builder.savedVersion", "version", plan.revision())
                    : Text.get("plan.builder.unchanged");
            Notices.success(message);
        }
        return saved;
    }

    /** Runs a change, shows its result and explains refusals; true when it succeeded. */
    boolean run(Supplier<PlanDetails> change, String success) {
        try {
            show(change.get());
            if (success != null) {
                Notices.success(success);
            }
            return true;
        } catch (InvalidInputException e) {
            Map<String, String> elsewhere = errors.show(e);
            Notices.error(elsewhere.isEmpty() ? Text.get("plan.builder.correctFields")
                    : String.join(" ", elsewhere.values()));
        } catch (ConcurrentEditException e) {
            showConflict(e.getMessage());
        }
        return false;
    }

    /** Leaves without asking (the caller has just saved or copied): "plans/7" or "plans/7?version=2". */
    void navigateTo(String location) {
        dirty = false;
        int query = location.indexOf('?');
        getUI().ifPresent(ui -> {
            if (query < 0) {
                ui.navigate(location);
            } else {
                ui.navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
            }
        });
    }

    /** The clinic's zone, for when versions were saved. */
    java.time.ZoneId zone() {
        return clinicTime.zone();
    }

    private void showConflict(String message) {
        banner.removeAll();
        Button reload = new Button(Text.get("plan.builder.reload"), e -> show(plans.get(plan.id())));
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        banner.add(new Paragraph(message), reload);
        banner.setVisible(true);
    }

    private void renderHeader() {
        header.removeAll();
        header.addClassName("plan-header");
        Anchor back = new Anchor("runners/" + plan.runnerId(), Text.get("plan.builder.back", "runner", plan.runnerName()));
        back.addClassName("back-link");
        Span meta = new Span(Text.get("plan.builder.meta", "version", plan.revision(),
                "saved", Formats.date(plan.revisedAt(), clinicTime.zone()), "author", plan.revisedBy()));
        meta.addClassName("plan-meta");
        Div line = new Div(StatusBadge.of(plan.status()), meta);
        line.addClassName("plan-status-line");
        header.add(back, new H2(plan.title() + " · " + plan.runnerName()), line);
        if (!plan.latest()) {
            Div old = new Div(new Span(Text.get("plan.builder.oldVersion") + " "),
                    new Anchor("plans/" + plan.id(), Text.get("plan.builder.openCurrent")));
            old.addClassName("old-version-banner");
            header.add(old);
        }
    }

    private void markDirty() {
        if (!loading) {
            dirty = true;
            actions.dirtyChanged(true);
        }
    }

    PlanItemsEditor itemsEditor() {
        return items;
    }
}
