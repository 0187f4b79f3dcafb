package com.stride.log.ui;

import com.stride.i18n.Text;
import com.stride.base.RecordNotFoundException;
import com.stride.base.text.Formats;
import com.stride.log.Flag;
import com.stride.log.PainGuidance;
import com.stride.log.Progress;
import com.stride.log.ProgressService;
import com.stride.log.SessionNote;
import com.stride.log.SkippedExercise;
import com.stride.security.Caller;
import com.stride.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

/**
 * What a PT follows on a runner's page: flags to act on, adherence per week on the active plan, the
 * pain trend (during and next morning), the exercises skipped most, and the runner's notes.
 */
public class RunnerProgressPanel extends Div {

    static final int WEEKS = 12;

    private final ProgressService progress;
    private final long runnerId;
    private final Div flags = new Div();
    private final boolean canMarkSeen;

    public RunnerProgressPanel(ProgressService progress, long runnerId) {
        this(progress, runnerId, null);
    }

    /** @param afterFlags shown right after the flags (the PT's suggestions), or null */
    public RunnerProgressPanel(ProgressService progress, long runnerId, @Nullable Component afterFlags) {
        this.progress = progress;
        this.runnerId = runnerId;
        // only a PT marks a flag seen (the service refuses anyone else); admins see the flags only
        this.canMarkSeen = Caller.current().map(user -> user.hasRole(Role.THERAPIST)).orElse(false);
        addClassName("runner-progress");
        Progress data = progress.progress(runnerId, WEEKS);
        flags.addClassName("flags");
        showFlags(data);
        add(flags);
        if (afterFlags != null) {
            add(afterFlags);
        }

        Section adherence = section(data.plan() == null ? Text.get("log.progress.adherence")
                : Text.get("log.progress.adherence.plan", "plan", data.plan().title()));
        adherence.add(data.plan() == null ? new Paragraph(Text.get("log.progress.noPlan"))
                : new AdherenceTable(data.weeks(), data.asOf()));
        Section pain = section(Text.get("log.progress.painTrend"));
        pain.add(new PainChart(data.pain(), data.painFrom(), data.asOf()));
        Section skipped = section(Text.get("log.progress.skipped"));
        skipped.add(skipped(data));
        Div columns = new Div(adherence, skipped);
        columns.addClassName("progress-columns");
        add(columns, pain, guidance(), notes());
    }

    private void showFlags(Progress data) {
        flags.removeAll();
        if (data.flags().isEmpty()) {
            return;
        }
        for (Flag flag : data.flags()) {
            Span text = new Span(VaadinIcon.WARNING.create(), new Span(describe(flag)));
            text.addClassName("flag-text");
            Button seen = new Button(Text.get("log.progress.markSeen"), e -> {
                try {
                    progress.markSeen(runnerId, flag.kind(), flag.raisedAt());
                } catch (RecordNotFoundException alreadySeen) {
                    // someone else marked it seen a moment ago: showing the current flags says so
                }
                showFlags(progress.progress(runnerId, WEEKS));
            });
            seen.addThemeVariants(ButtonVariant.LUMO_SMALL);
            // the visible words first, as WCAG 2.5.3 asks (axe 4.14: label-content-name-mismatch)
            seen.getElement().setAttribute("aria-label", Text.get("log.progress.markSeen.aria", "flag", flag.kind().label()));
            seen.setVisible(canMarkSeen);
            Div row = new Div(text, seen);
            row.addClassNames("flag-row", "flag-" + flag.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (flag.kind().urgent()) {
                row.getElement().setAttribute("role", "alert");
            }
            flags.add(row);
        }
    }

    static String describe(Flag flag) {
        return Text.get("log.progress.flag", "flag", flag.kind().label(), "reason", flag.reason());
    }

    /** The guidance table, so the PT knows what the runner read at each score. */
    private static Details guidance() {
        Grid<PainGuidance.Advice> table = new Grid<>();
        table.addColumn(advice -> advice.moment().label()).setHeader(Text.get("log.progress.guidance.when")).setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(PainGuidance.Advice::when).setHeader(Text.get("log.progress.guidance.pain")).setFlexGrow(1);
        table.addColumn(advice -> Text.get(advice.askSigns() ? "log.progress.guidance.readsAndSigns"
                        : "log.progress.guidance.reads", "heading", advice.heading(), "advice", advice.advice()))
                .setHeader(Text.get("log.progress.guidance.reads.header")).setFlexGrow(3);
        table.setItems(PainGuidance.TABLE);
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        table.setAriaLabel(Text.get("log.progress.guidance"));
        Details details = new Details(Text.get("log.progress.guidance"), table);
        details.addClassName("pain-guidance");
        return details;
    }

    private static Div skipped(Progress data) {
        Div box = new Div();
        if (data.plan() == null) {
            return box;
        }
        if (data.skipped().isEmpty()) {
            box.add(new Paragraph(Text.get("log.progress.skipped.none")));
            return box;
        }
        OrderedList list = new OrderedList();
        list.addClassName("skipped-list");
        for (SkippedExercise exercise : data.skipped()) {
            list.add(new ListItem(Text.get("log.progress.skipped.item", "name", exercise.name(),
                    "skipped", exercise.skipped(), "due", exercise.due())));
        }
        box.add(list);
        return box;
    }

    private Section notes() {
        Section section = section(Text.get("log.progress.notes"));
        Grid<SessionNote> grid = new Grid<>();
        grid.addColumn(note -> Formats.shortDate(note.day())).setHeader(Text.get("log.progress.notes.day")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(note -> Formats.score(note.painDuring())).setHeader(Text.get("log.progress.notes.pain")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(note -> Formats.score(note.painNextMorning())).setHeader(Text.get("log.progress.notes.morning")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SessionNote::note).setHeader(Text.get("log.progress.notes.note")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> progress.notes(runnerId, query.getOffset(), query.getLimit()).stream(),
                query -> progress.countNotes(runnerId));
        grid.setEmptyStateText(Text.get("log.progress.notes.empty"));
        grid.setAriaLabel(Text.get("log.progress.notes.aria"));
        grid.addClassName("notes-grid");
        section.add(grid);
        return section;
    }

    private static Section section(String title) {
        Section section = new Section(new H3(title));
        section.addClassName("progress-section");
        return section;
    }
}
