package com.stride.log.ui;

import com.stride.base.text.Formats;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The runner's own history: streak, adherence per week, the pain trend and every past day. */
@Route("history")
@PageTitle("History · Stride")
@Menu(order = 20, icon = "vaadin:chart-line", title = "History")
@RolesAllowed(Role.Names.RUNNER)
class HistoryView extends Main {

    static final int WEEKS = 8;

    HistoryView(RunnerLogService logs) {
        addClassNames("history-view", "page");
        Div header = new Div(new H2("History"));
        header.addClassName("page-header");
        add(header);
        Progress progress = logs.progress(WEEKS);
        if (progress.plan() != null) {
            Span streak = new Span(Formats.count(progress.streak(), "day", "days"));
            streak.addClassName("streak-number");
            Div card = new Div(streak, new Span("in a row with your exercises done"));
            card.addClassName("streak");
            add(card);
        }
        Section adherence = new Section(new H3("Week by week"));
        adherence.add(progress.plan() == null ? new Paragraph("No active plan.")
                : new AdherenceTable(progress.weeks(), progress.asOf()));
        Section pain = new Section(new H3("Pain trend"), new PainChart(progress.pain(), progress.painFrom(),
                progress.asOf()));
        add(adherence, pain, days(logs));
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
                .setHeader("Day").setFlexGrow(3);
        grid.addColumn(day -> Formats.score(day.painDuring())).setHeader("Pain").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(day -> Formats.score(day.painNextMorning())).setHeader("Morning after").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> logs.days(query.getOffset(), query.getLimit()).stream(), query -> logs.countDays());
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("Nothing logged yet. Your days will show here.");
        grid.setAriaLabel("Past days");
        grid.addClassName("days-grid");
        return new Section(new H3("Past days"), grid);
    }

    private static String done(DaySummary day) {
        String done = Formats.count(day.done(), "exercise", "exercises") + " done";
        return day.partial() == 0 ? done : done + ", " + day.partial() + " partly";
    }
}
