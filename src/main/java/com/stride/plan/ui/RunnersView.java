package com.stride.plan.ui;

import com.stride.base.text.Formats;
import com.stride.base.ui.SearchField;
import com.stride.log.ui.FlagBadges;
import com.stride.plan.RunnerRow;
import com.stride.plan.RunnerScope;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * The PT's home: their linked runners (or, switched, all of the clinic's), with the active plan,
 * flags to act on and last log. Admins see every runner.
 */
@Route("runners")
@PageTitle("Runners · Stride")
@Menu(order = 10, icon = "vaadin:users", title = "Runners")
@RolesAllowed(Role.Names.THERAPIST)
class RunnersView extends Main {

    private final SearchField search = new SearchField("Search by name", "Search runners");
    private final Grid<RunnerRow> grid = new Grid<>();
    private final Span count = new Span();
    private final RadioButtonGroup<RunnerScope> scope = new RadioButtonGroup<>();

    RunnersView(RunnerService runners, Clock clock, AuthenticationContext authentication) {
        boolean therapist = authentication.getAuthenticatedUser(CurrentUser.class)
                .map(user -> user.hasRole(Role.THERAPIST)).orElse(false);
        scope.setAriaLabel("Which runners");
        scope.setItems(RunnerScope.MINE, RunnerScope.ALL);
        scope.setItemLabelGenerator(s -> s == RunnerScope.MINE ? "My runners" : "All runners of the clinic");
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
                        .withProperty("plan", row -> row.activePlanTitle() == null ? "No active plan"
                                : row.activePlanTitle() + " · since " + Formats.date(row.activePlanStart())))
                .setHeader("Runner and active plan").setFlexGrow(3).setKey("runner");
        grid.addColumn(FlagBadges.renderer(RunnerRow::flags)).setHeader("Flags")
                .setKey("flags").setFlexGrow(2);
        grid.addColumn(row -> row.lastActivity() == null ? "Nothing logged" : Formats.ago(row.lastActivity(), clock))
                .setHeader("Last logged").setKey("activity").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Runners");
        grid.setEmptyStateText(emptyText(scope.getValue()));
        grid.addClassName("runner-grid");
        grid.setItems(query -> runners.runners(scope.getValue(), search.getValue(), query.getOffset(),
                        query.getLimit()).stream(),
                query -> runners.countRunners(scope.getValue(), search.getValue()));
        grid.getLazyDataView().addItemCountChangeListener(e -> count.setText(
                Formats.count(e.getItemCount(), "runner", "runners")));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("runners/" + e.getItem().id())));
        count.addClassName("exercise-count");
        count.getElement().setAttribute("role", "status");

        Div header = new Div(new H2(therapist ? "Your runners" : "Runners"));
        header.addClassName("page-header");
        Div tools = new Div(search, scope);
        tools.addClassName("runner-tools");
        add(header, tools, count, grid);
    }

    private String emptyText(RunnerScope shown) {
        if (shown == RunnerScope.MINE && (search.getValue() == null || search.getValue().isBlank())) {
            return "No runners are linked to you yet. Choose \"All runners of the clinic\", "
                    + "or ask your clinic admin to link you.";
        }
        return "No runners match.";
    }
}
