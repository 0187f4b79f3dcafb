package com.stride.log.ui;

import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import com.stride.i18n.Titles;
import com.stride.log.DaySummary;
import com.stride.log.Progress;
import com.stride.log.RunnerLogService;
import com.stride.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The runner's own history: streak, adherence per week, the pain trend and every past day. */
@Route("history")
@Menu(order = 20, icon = "vaadin:chart-line", title = "log.menu.history")
@RolesAllowed(Role.Names.RUNNER)
class HistoryView extends Main implements HasDynamicTitle {

    static final int WEEKS = 8;

    HistoryView(RunnerLogService logs) {
        addClassNames("history-view", "page");
        Div header = new Div(new H2(Text.get("log.history.title")));
        header.addClassName("page-header");
        add(header);
        Progress progress = logs.progress(WEEKS);
        if (progress.plan() != null) {
            Span streak = new Span(Text.get("log.history.streak.days", "count", progress.streak()));
            streak.addClassName("streak-number");
            Div card = new Div(streak, new Span(Text.get("log.history.streak.text", "count", progress.streak())));
            card.addClassName("streak");
            add(card);
        }
        Section adherence = new Section(new H3(Text.get("log.history.weeks")));
        adherence.add(progress.plan() == null ? new Paragraph(Text.get("log.history.noPlan"))
                : new AdherenceTable(progress.weeks(), progress.asOf()));
        Section pain = new Section(new H3(Text.get("log.history.painTrend")), new PainChart(progress.pain(), progress.painFrom(),
                progress.asOf()));
        add(adherence, pain, days(logs));
    }

    @Override
    public String getPageTitle() {
        return Titles.of("log.history.title");
    }

    private static Section days(RunnerLogService logs) {
        Grid<DaySummary> grid = new Grid<>();
        // drawn in the browser from three strings per row: a component per cell made each visible row
        // four server-side components (issue 14); Lit escapes the note like any text
        grid.addColumn(LitRenderer.<DaySummary>of("""
                        <div class="day-cell">
                          <span>${item.day}</span>
                          <span>${item.done}</span>
                          ${item.note ? html`<span class="day-note">${item.note}</span>` : ''}
                        </div>""")
                        .withProperty("day", day -> Formats.shortDate(day.day()))
                        .withProperty("done", HistoryView::done)
                        .withProperty("note", day -> day.notes() == null ? "" : day.notes()))
                .setHeader(Text.get("log.history.day")).setFlexGrow(3);
        grid.addColumn(day -> Formats.score(day.painDuring())).setHeader(Text.get("log.history.pain")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(day -> Formats.score(day.painNextMorning())).setHeader(Text.get("log.history.morningAfter")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> logs.days(query.getOffset(), query.getLimit()).stream(), query -> logs.countDays());
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(Text.get("log.history.empty"));
        grid.setAriaLabel(Text.get("log.history.days"));
        grid.addClassName("days-grid");
        return new Section(new H3(Text.get("log.history.days")), grid);
    }

    private static String done(DaySummary day) {
        return day.partial() == 0 ? Text.get("log.history.done", "count", day.done())
                : Text.get("log.history.donePartly", "count", day.done(), "partial", day.partial());
    }
}
