package com.stride.log.ui;

import com.stride.base.text.Formats;
import com.stride.log.WeekAdherence;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** Adherence per week, newest first: exercise sessions done ÷ prescribed, and sessions logged. */
class AdherenceTable extends Div {

    AdherenceTable(List<WeekAdherence> weeks, LocalDate today) {
        addClassName("adherence");
        if (weeks.isEmpty()) {
            add(new Paragraph("Nothing has been due yet."));
            return;
        }
        // One element for the whole table: it is read, never interacted with, and as components it was
        // seven server-side nodes per week (issue 14). Every value is escaped, though all are ours.
        StringBuilder table = new StringBuilder("<table class=\"adherence-table\"><thead><tr>");
        for (String heading : new String[] {"Week", "Adherence", "Exercises done", "Sessions logged"}) {
            table.append("<th scope=\"col\">").append(heading).append("</th>");
        }
        table.append("</tr></thead><tbody>");
        for (WeekAdherence week : weeks) {
            boolean current = !week.weekStart().plusDays(7).isBefore(today) && !week.weekStart().isAfter(today);
            table.append("<tr><th scope=\"row\">")
                    .append(escape(current ? "This week" : "Week of " + Formats.shortDate(week.weekStart())))
                    .append("</th><td><span class=\"percent\">").append(week.percent()).append(" %</span>")
                    .append("<div class=\"bar\" aria-hidden=\"true\" style=\"--done: ").append(week.percent())
                    .append("%\"></div></td><td>").append(escape(number(week.done()) + " of " + week.prescribed()))
                    .append("</td><td>").append(week.sessionsLogged()).append(" of ").append(week.sessionsDue())
                    .append("</td></tr>");
        }
        Div markup = new Div();
        markup.getElement().setProperty("innerHTML", table.append("</tbody></table>").toString());
        add(markup);
        add(new Paragraph("Adherence counts each exercise once per session (both sides of a per-side "
                + "exercise are one); a partly done exercise counts its share of sets. This week counts the days "
                + "so far."));
    }

    /** 3, or 2.3 for partly done work. */
    static String number(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : rounded.toPlainString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
