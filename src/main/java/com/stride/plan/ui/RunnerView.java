package com.stride.plan.ui;

import com.stride.clinic.ClinicTimeService;
import com.stride.base.RecordNotFoundException;
import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import com.stride.i18n.Titles;
import com.stride.log.ProgressService;
import com.stride.log.ui.RunnerProgressPanel;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanDraft;
import com.stride.plan.PlanService;
import com.stride.plan.PlanSummary;
import com.stride.plan.RunnerCard;
import com.stride.plan.RunnerService;
import com.stride.plan.SuggestionService;
import com.stride.plan.TemplateSummary;
import com.stride.security.Caller;
import com.stride.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One runner: flags and progress on the active plan (from their logs), their plans (active, drafts,
 * ended) and the way to start a new one.
 */
@Route("runners/:runnerId([0-9]{1,18})")
@RolesAllowed(Role.Names.THERAPIST)
class RunnerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final RunnerService runners;
    private final ClinicTimeService clinicTime;
    private final ProgressService progress;
    private final SuggestionService suggestions;
    private @Nullable RunnerCard runner;

    RunnerView(PlanService plans, RunnerService runners, ClinicTimeService clinicTime, ProgressService progress,
               SuggestionService suggestions) {
        this.plans = plans;
        this.runners = runners;
        this.clinicTime = clinicTime;
        this.progress = progress;
        this.suggestions = suggestions;
        addClassNames("runner-view", "page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("runnerId").orElse(-1L);
        try {
            runner = runners.runner(id);
            show(runners.plansOf(id));
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return runner == null ? Titles.of("plan.runner.title") : Titles.of("plan.runner.titleOf", "runner", runner.name());
    }

    private void show(List<PlanSummary> planList) {
        removeAll();
        Anchor back = new Anchor("runners", Text.get("plan.runner.back"));
        back.addClassName("back-link");
        Button newPlan = new Button(Text.get("plan.runner.newPlan"), VaadinIcon.PLUS.create(), e -> chooseStart());
        newPlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div header = new Div(new Div(back, new H2(runner.name()), new Paragraph(runner.email())), newPlan);
        header.addClassName("page-header");
        // suggestions are a PT's clinical judgement: the service refuses anyone else
        Component suggested = Caller.current().map(user -> user.hasRole(Role.THERAPIST)).orElse(false)
                ? new SuggestionsPanel(suggestions, runner.id(), () -> show(runners.plansOf(runner.id()))) : null;
        add(header, new RunnerProgressPanel(progress, runner.id(), suggested));

        Grid<PlanSummary> grid = new Grid<>();
        grid.addColumn(LitRenderer.<PlanSummary>of("<a href=\"plans/${item.id}\">${item.title}</a>")
                .withProperty("id", PlanSummary::id)
                .withProperty("title", PlanSummary::title)).setHeader(Text.get("plan.runner.planHeader")).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(plan -> StatusBadge.of(plan.status())))
                .setHeader(Text.get("plan.runner.statusHeader"));
        grid.addColumn(plan -> plan.endDate() == null ? Formats.date(plan.startDate())
                        : Text.get("plan.runner.dates", "start", Formats.date(plan.startDate()),
                                "end", Formats.date(plan.endDate())))
                .setHeader(Text.get("plan.runner.datesHeader")).setFlexGrow(2);
        grid.addColumn(PlanSummary::itemCount).setHeader(Text.get("plan.runner.exercisesHeader"));
        grid.addColumn(PlanSummary::revision).setHeader(Text.get("plan.runner.versionHeader"));
        grid.setItems(planList);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setAriaLabel(Text.get("plan.runner.gridLabel", "runner", runner.name()));
        grid.setEmptyStateText(Text.get("plan.runner.noPlans", "newPlan", Text.get("plan.runner.newPlan")));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("plans/" + e.getItem().id())));
        add(new H3(Text.get("plan.runner.plans")), grid);
    }

    /**
     * Blank plan or one of the templates (stock first, then the clinic's own). The first choice wins:
     * a second tap that reaches the server before the dialog closes makes no second draft.
     */
    private void chooseStart() {
        Dialog dialog = new Dialog();
        AtomicBoolean chosen = new AtomicBoolean();
        dialog.setHeaderTitle(Text.get("plan.runner.newPlanFor", "runner", runner.name()));
        Div choices = new Div();
        choices.addClassName("template-choices");
        Button blank = new Button(Text.get("plan.runner.blank"), e -> once(chosen, dialog,
                () -> plans.createDraft(runner.id(), new PlanDraft(Text.get("plan.defaultTitle"), null, clinicTime.today(),
                        null, List.of()))));
        blank.setDisableOnClick(true);
        blank.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        choices.add(blank);
        for (TemplateSummary template : plans.templates()) {
            Button choice = new Button(Text.get(template.stock() ? "plan.runner.template" : "plan.runner.clinicTemplate",
                    "name", template.name(), "count", template.itemCount()),
                    e -> once(chosen, dialog, () -> plans.createFromTemplate(runner.id(), template.id())));
            choice.setDisableOnClick(true);
            choice.getElement().setAttribute("title", template.description() == null ? "" : template.description());
            choices.add(choice);
        }
        Button cancel = new Button(Text.get("plan.actions.cancel"), e -> dialog.close());
        dialog.add(new Paragraph(Text.get("plan.runner.startIntro", "runner", runner.name())), choices);
        dialog.getFooter().add(cancel);
        dialog.open();
    }

    private void once(AtomicBoolean chosen, Dialog dialog, Supplier<PlanDetails> create) {
        if (chosen.compareAndSet(false, true)) {
            dialog.close();
            open(create.get());
        }
    }

    private void open(PlanDetails plan) {
        getUI().ifPresent(ui -> ui.navigate("plans/" + plan.id()));
    }
}
