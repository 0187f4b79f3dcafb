package com.stride.plan.ui;

import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import com.stride.base.ui.SearchField;
import com.stride.i18n.Titles;
import com.stride.log.ui.FlagBadges;
import com.stride.plan.RunnerRow;
import com.stride.plan.RunnerScope;
import com.stride.clinic.ClinicTimeService;
import com.stride.plan.RunnerService;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The PT's home: their linked runners (or, switched, all of the clinic's), with the active plan,
 * flags to act on and last log. Admins see every runner.
 */
@Route("runners")
@Menu(order = 10, icon = "vaadin:users", title = "plan.menu.runners")
@RolesAllowed(Role.Names.THERAPIST)
class RunnersView extends Main implements HasDynamicTitle {

    private final SearchField search = new SearchField(Text.get("plan.runners.search"),
            Text.get("plan.runners.searchLabel"));
    private final Grid<RunnerRow> grid = new Grid<>();
    private final Span count = new Span();
    private final RadioButtonGroup<RunnerScope> scope = new RadioButtonGroup<>();

    RunnersView(RunnerService runners, ClinicTimeService clinicTime, AuthenticationContext authentication) {
        boolean therapist = authentication.getAuthenticatedUser(CurrentUser.class)
                .map(user -> user.hasRole(Role.THERAPIST)).orElse(false);
        scope.setAriaLabel(Text.get("plan.runners.scope"));
        scope.setItems(RunnerScope.MINE, RunnerScope.ALL);
        scope.setItemLabelGenerator(s -> Text.get("plan.runners.scope." + s.name()));
        scope.setValue(therapist ? RunnerScope.MINE : RunnerScope.ALL);
        scope.setVisible(therapist);
        scope.addClassName("runner-scope");
        scope.addValueChangeListener(e -> {
            grid.setEmptyStateText(emptyText(e.getValue()));
            grid.getDataProvider().refreshAll();
        });
        addClassNames("runners-view", "page");
        search.addClassName("runner-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(LitRenderer.<RunnerRow>of("""
                        <div class="runner-cell">
                          <a class="runner-name" href="runners/${item.id}">${item.name}</a>
                          <span class="runner-plan">${item.plan}</span>
                        </div>""")
                        .withProperty("id", RunnerRow::id)
                        .withProperty("name", RunnerRow::name)
                        .withProperty("plan", row -> row.activePlanTitle() == null ? Text.get("plan.runners.noPlan")
                                : Text.get("plan.runners.planSince", "plan", row.activePlanTitle(),
                                        "date", Formats.date(row.activePlanStart()))))
                .setHeader(Text.get("plan.runners.runnerHeader")).setFlexGrow(3).setKey("runner");
        grid.addColumn(FlagBadges.renderer(RunnerRow::flags)).setHeader(Text.get("plan.runners.flagsHeader"))
                .setKey("flags").setFlexGrow(2);
        // "today" and "3 days ago" at the clinic, read once for the page
        java.time.Clock clinicClock = clinicTime.clock();
        grid.addColumn(row -> row.lastActivity() == null ? Text.get("plan.runners.nothingLogged")
                        : Formats.ago(row.lastActivity(), clinicClock))
                .setHeader(Text.get("plan.runners.activityHeader")).setKey("activity").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(Text.get("plan.runners.gridLabel"));
        grid.setEmptyStateText(emptyText(scope.getValue()));
        grid.addClassName("runner-grid");
        grid.setItems(query -> runners.runners(scope.getValue(), search.getValue(), query.getOffset(),
                        query.getLimit()).stream(),
                query -> runners.countRunners(scope.getValue(), search.getValue()));
        grid.getLazyDataView().addItemCountChangeListener(e -> count.setText(
                Text.get("plan.runners.count", "count", e.getItemCount())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("runners/" + e.getItem().id())));
        count.addClassName("exercise-count");
        count.getElement().setAttribute("role", "status");

        Div header = new Div(new H2(Text.get(therapist ? "plan.runners.headingMine" : "plan.runners.heading")));
        header.addClassName("page-header");
        Div tools = new Div(search, scope);
        tools.addClassName("runner-tools");
        add(header, tools, count, grid);
    }

    @Override
    public String getPageTitle() {
        return Titles.of("plan.runners.title");
    }

    private String emptyText(RunnerScope shown) {
        if (shown == RunnerScope.MINE && (search.getValue() == null || search.getValue().isBlank())) {
            return Text.get("plan.runners.noneLinked", "all", Text.get("plan.runners.scope.ALL"));
        }
        return Text.get("plan.runners.noMatch");
    }
}
