package com.stride.log.ui;

import com.stride.base.text.Formats;
import com.stride.log.WeekAdherence;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** Adherence per week, newest first: exercise sessions done ÷ prescribed, and sessions logged. */
class AdherenceTable extends Div {

    AdherenceTable(List<WeekAdherence> weeks, LocalDate today) {
        addClassName("adherence");
        if (weeks.isEmpty()) {
            add(new Paragraph("Nothing has been due yet."));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("adherence-table");
        NativeTableHeader head = new NativeTableHeader();
        head.add(row("Week", "Adherence", "Exercises done", "Sessions logged"));
        NativeTableBody body = new NativeTableBody();
        for (WeekAdherence week : weeks) {
            boolean current = !week.weekStart().plusDays(7).isBefore(today) && !week.weekStart().isAfter(today);
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell label = new NativeTableHeaderCell(
                    (current ? "This week" : "Week of " + Formats.shortDate(week.weekStart())));
            label.getElement().setAttribute("scope", "row");
            Span percent = new Span(week.percent() + " %");
            percent.addClassName("percent");
            Div bar = new Div();
            bar.addClassName("bar");
            bar.getStyle().set("--done", week.percent() + "%");
            bar.getElement().setAttribute("aria-hidden", "true");
            row.add(label, new NativeTableCell(percent, bar),
                    new NativeTableCell(number(week.done()) + " of " + week.prescribed()),
                    new NativeTableCell(week.sessionsLogged() + " of " + week.sessionsDue()));
            body.add(row);
        }
        table.add(head, body);
        add(table, new Paragraph("Adherence counts each exercise once per session (both sides of a per-side "
                + "exercise are one); a partly done exercise counts its share of sets. This week counts the days "
                + "so far."));
    }

    private static NativeTableRow row(String... texts) {
        NativeTableRow row = new NativeTableRow();
        for (String text : texts) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        }
        return row;
    }

    /** 3, or 2.3 for partly done work. */
    static String number(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : rounded.toPlainString();
    }
}
