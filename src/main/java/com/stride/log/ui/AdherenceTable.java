package com.stride.log.ui;

import com.stride.i18n.Text;
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
            add(new Paragraph(Text.get("log.adherence.empty")));
            return;
        }
        // One element for the whole table: it is read, never interacted with, and as components it was
        // seven server-side nodes per week (issue 14). Every value is escaped, though all are ours.
        StringBuilder table = new StringBuilder("<table class=\"adherence-table\"><thead><tr>"); // literal: markup
        for (String heading : new String[] {"week", "adherence", "done", "sessions"}) {
            table.append("<th scope=\"col\">").append(escape(Text.get("log.adherence.heading." + heading))) // literal: markup
                    .append("</th>");
        }
        table.append("</tr></thead><tbody>");
        for (WeekAdherence week : weeks) {
            boolean current = !week.weekStart().plusDays(7).isBefore(today) && !week.weekStart().isAfter(today);
            table.append("<tr><th scope=\"row\">") // literal: markup
                    .append(escape(current ? Text.get("log.adherence.thisWeek")
                            : Text.get("log.adherence.weekOf", "day", Formats.shortDate(week.weekStart()))))
                    .append("</th><td><span class=\"percent\">") // literal: markup
                    .append(escape(Text.get("log.adherence.percent", "percent", week.percent()))).append("</span>")
                    .append("<div class=\"bar\" aria-hidden=\"true\" style=\"--done: ").append(week.percent()) // literal: markup
                    .append("%\"></div></td><td>")
                    .append(escape(Text.get("log.adherence.doneOf", "done", rounded(week.done()),
                            "total", week.prescribed())))
                    .append("</td><td>")
                    .append(escape(Text.get("log.adherence.sessionsOf", "logged", week.sessionsLogged(),
                            "due", week.sessionsDue())))
                    .append("</td></tr>");
        }
        Div markup = new Div();
        markup.getElement().setProperty("innerHTML", table.append("</tbody></table>").toString());
        add(markup);
        add(new Paragraph(Text.get("log.adherence.explained")));
    }

    /** To a tenth, half up, for the message to write as 3 or 2.3 ("2,3") for partly done work. */
    static BigDecimal rounded(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
