package com.stride.log.ui;

import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import com.stride.log.LogLimits;
import com.stride.log.PainPoint;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The pain trend: each day's pain during or after exercise and the next morning's, on the 0-10
 * scale, over the pain-monitoring bands (up to 3 safe, 4-5 acceptable, above 5 too much). Drawn on
 * the server as a small SVG of our own, so it needs no frontend bundle and works on a slow phone.
 * (JFreeChart drew it before issue 14: 12 weeks of scores took 1.6 ms and 229 KB of markup, kept
 * in the session and sent on every History; this takes 0.05 ms and 14 KB.)
 */
public class PainChart extends Div {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    private static final int LEFT = 56;
    private static final int RIGHT = 708;
    private static final int TOP = 44;
    private static final int BOTTOM = 262;
    private static final int LEGEND_Y = 22;
    private static final int MAX_DATE_LABELS = 7;
    /** Large for a chart that a phone shows at half its width. */
    private static final int FONT_SIZE = 16;
    private static final String FONT_FAMILY = "Liberation Sans, Arial, Helvetica, sans-serif"; // literal: markup
    private static final String DURING = "#1a5fb4";
    private static final String MORNING = "#b34a00";

    public PainChart(List<PainPoint> points, LocalDate from, LocalDate to) {
        addClassName("pain-chart");
        // start at the first score (two weeks at least), not at an empty stretch before it
        if (!points.isEmpty()) {
            LocalDate first = points.getFirst().day();
            from = first.isAfter(from) ? (first.isBefore(to.minusDays(13)) ? first : to.minusDays(13)) : from;
        }
        if (points.isEmpty()) {
            add(new Paragraph(Text.get("log.chart.empty")));
            return;
        }
        // as a div's inner HTML, so the browser's HTML parser creates the SVG elements in the SVG
        // namespace, and the server neither parses the markup nor keeps a node per shape
        Div svg = new Div();
        svg.addClassName("chart-svg");
        svg.getElement().setProperty("innerHTML", render(points, from, to));
        svg.getElement().setAttribute("role", "img");
        svg.getElement().setAttribute("aria-label", describe(points));
        add(svg);
    }

    /** What a screen reader says instead of the picture. */
    static String describe(List<PainPoint> points) {
        PainPoint last = points.getLast();
        int highest = points.stream().flatMap(p -> java.util.stream.Stream.of(p.during(), p.nextMorning()))
                .filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
        return Text.get("log.chart.summary", "count", points.size(), "day", Formats.shortDate(last.day()),
                "during", Formats.scoreInWords(last.during()), "morning", Formats.scoreInWords(last.nextMorning()),
                "highest", Formats.scoreInWords(highest));
    }

    static String duringLabel() {
        return Text.get("log.chart.during");
    }

    static String morningLabel() {
        return Text.get("log.chart.morning");
    }

    static String render(List<PainPoint> points, LocalDate from, LocalDate to) {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        Svg svg = new Svg(days);
        StringBuilder out = svg.out;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT) // literal: markup
                .append("\" preserveAspectRatio=\"xMidYMid meet\" font-family=\"").append(FONT_FAMILY) // literal: markup
                .append("\" font-size=\"").append(FONT_SIZE).append("\">");
        out.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#fff\"/>"); // literal: markup
        svg.band(LogLimits.PAIN_MIN, LogLimits.PAIN_SAFE_MAX, "#e6f4ea");
        svg.band(LogLimits.PAIN_SAFE_MAX, LogLimits.PAIN_TOO_MUCH_ABOVE, "#fdf3dc");
        svg.band(LogLimits.PAIN_TOO_MUCH_ABOVE, LogLimits.PAIN_MAX, "#fbe4e4");
        for (int score = LogLimits.PAIN_MIN; score <= LogLimits.PAIN_MAX; score++) {
            out.append("<line stroke=\"#d4d4d4\" stroke-width=\"1\" x1=\"").append(LEFT).append("\" x2=\"") // literal: markup
                    .append(RIGHT).append("\" y1=\"").append(Svg.y(score)).append("\" y2=\"").append(Svg.y(score))
                    .append("\"/>");
        }
        // the zone edges are the scores a PT reads the chart by
        for (int score : new int[] {LogLimits.PAIN_MIN, LogLimits.PAIN_SAFE_MAX, LogLimits.PAIN_TOO_MUCH_ABOVE,
                LogLimits.PAIN_MAX}) {
            svg.text(LEFT - 8, Svg.y(score) + 5, "end", String.valueOf(score));
        }
        String axis = Text.get("log.chart.axis", "min", LogLimits.PAIN_MIN, "max", LogLimits.PAIN_MAX);
        out.append("<text transform=\"translate(16 ").append((TOP + BOTTOM) / 2).append(") rotate(-90)\" ") // literal: markup
                .append("text-anchor=\"middle\">").append(HtmlUtils.htmlEscape(axis)).append("</text>");
        int step = Math.max(1, (days + MAX_DATE_LABELS - 1) / MAX_DATE_LABELS);
        // counted back from the last day, so that today always has its label
        for (int day = days - 1; day >= 0; day -= step) {
            svg.text(svg.x(day), BOTTOM + 24, "middle", Formats.dayMonth(from.plusDays(day)));
        }
        out.append("<line stroke=\"#888\" x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT).append("\" y1=\"") // literal: markup
                .append(BOTTOM).append("\" y2=\"").append(BOTTOM).append("\"/>");
        svg.series(points, from, PainPoint::during, DURING, "", false);
        svg.series(points, from, PainPoint::nextMorning, MORNING, " stroke-dasharray=\"6 4\"", true);
        svg.legendItem(LEFT, duringLabel(), DURING, "", false);
        // after the first label, however long it is in the reader's language (about 0.6 em a letter)
        int second = Math.max(LEFT + 250, LEFT + 36 + (int) Math.ceil(duringLabel().length() * FONT_SIZE * 0.62) + 28);
        svg.legendItem(second, morningLabel(), MORNING, " stroke-dasharray=\"6 4\"", true);
        return out.append("</svg>").toString();
    }

    /** Drawing helpers over one chart's text: scores up the plot, days across it. */
    private static final class Svg {
        final StringBuilder out = new StringBuilder(4096);
        final double slot;

        Svg(int days) {
            slot = (RIGHT - LEFT) / (double) days;
        }

        static int y(int score) {
            return BOTTOM - (BOTTOM - TOP) * (score - LogLimits.PAIN_MIN) / (LogLimits.PAIN_MAX - LogLimits.PAIN_MIN);
        }

        /** The middle of the day's slot. */
        double x(int day) {
            return LEFT + (day + 0.5) * slot;
        }

        /** To a tenth of a unit, without a trailing ".0". */
        static String num(double value) {
            long tenths = Math.round(value * 10);
            String sign = tenths < 0 ? "-" : "";
            tenths = Math.abs(tenths);
            return sign + (tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10);
        }

        void band(int fromScore, int toScore, String fill) {
            out.append("<rect fill=\"").append(fill).append("\" x=\"").append(LEFT).append("\" y=\"").append(y(toScore)) // literal: markup
                    .append("\" width=\"").append(RIGHT - LEFT).append("\" height=\"").append(y(fromScore) - y(toScore))
                    .append("\"/>");
        }

        void text(double x, double y, String anchor, String text) {
            out.append("<text fill=\"#333\" x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"") // literal: markup
                    .append(anchor).append("\">").append(HtmlUtils.htmlEscape(text)).append("</text>");
        }

        void series(List<PainPoint> points, LocalDate from, Function<PainPoint, @Nullable Integer> score, String colour,
                    String dash, boolean squares) {
            StringBuilder line = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (PainPoint point : points) {
                Integer value = score.apply(point);
                if (value == null) {
                    continue;
                }
                double x = x((int) ChronoUnit.DAYS.between(from, point.day()));
                int y = y(value);
                line.append(line.isEmpty() ? "M" : " L").append(num(x)).append(' ').append(y);
                mark(marks, x, y, colour, squares);
            }
            if (!line.isEmpty()) {
                out.append("<path fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"") // literal: markup
                        .append(" stroke-linejoin=\"round\"").append(dash).append(" d=\"").append(line).append("\"/>")
                        .append(marks);
            }
        }

        void legendItem(int x, String label, String colour, String dash, boolean square) {
            out.append("<path fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"").append(dash) // literal: markup
                    .append(" d=\"M").append(x).append(' ').append(LEGEND_Y - 5).append(" h28\"/>");
            mark(out, x + 14, LEGEND_Y - 5, colour, square);
            text(x + 36, LEGEND_Y, "start", label);
        }

        private static void mark(StringBuilder to, double x, int y, String colour, boolean square) {
            if (square) {
                to.append("<rect fill=\"").append(colour).append("\" x=\"").append(num(x - 4)).append("\" y=\"") // literal: markup
                        .append(y - 4).append("\" width=\"8\" height=\"8\"/>");
            } else {
                to.append("<circle fill=\"").append(colour).append("\" cx=\"").append(num(x)).append("\" cy=\"").append(y) // literal: markup
                        .append("\" r=\"4.5\"/>");
            }
        }
    }
}
