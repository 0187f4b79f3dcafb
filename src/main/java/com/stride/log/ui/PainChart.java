package com.stride.log.ui;

import com.stride.base.text.Formats;
import com.stride.log.LogLimits;
import com.stride.log.PainPoint;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The pain trend: each day's pain during or after exercise and the next morning's, on the 0-10
 * scale, over the pain-monitoring bands (up to 3 safe, 4-5 acceptable, above 5 too much). Drawn on
 * the server with JFreeChart as SVG, so it needs no frontend bundle and works on a slow phone.
 */
public class PainChart extends Div {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    private static final Color DURING = new Color(0x1a, 0x5f, 0xb4);
    private static final Color MORNING = new Color(0xb3, 0x4a, 0x00);
    /**
     * Text is measured on the server and drawn by the browser: Liberation Sans (shipped with the
     * handout fonts) has the same metrics as Arial, so labels fit where either font is installed.
     */
    private static final Font FONT = loadFont();

    public PainChart(List<PainPoint> points, LocalDate from, LocalDate to) {
        addClassName("pain-chart");
        // start at the first score (two weeks at least), not at an empty stretch before it
        if (!points.isEmpty()) {
            LocalDate first = points.getFirst().day();
            from = first.isAfter(from) ? (first.isBefore(to.minusDays(13)) ? first : to.minusDays(13)) : from;
        }
        if (points.isEmpty()) {
            add(new Paragraph("No pain scores recorded in this period yet."));
            return;
        }
        // inside a div, so the browser's HTML parser creates the SVG elements in the SVG namespace
        Html svg = new Html("<div class=\"chart-svg\">" + render(points, from, to) + "</div>");
        svg.getElement().setAttribute("role", "img");
        svg.getElement().setAttribute("aria-label", describe(points));
        add(svg);
    }

    /** What a screen reader says instead of the picture. */
    static String describe(List<PainPoint> points) {
        PainPoint last = points.getLast();
        int highest = points.stream().flatMap(p -> java.util.stream.Stream.of(p.during(), p.nextMorning()))
                .filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
        return "Pain trend over " + Formats.count(points.size(), "day", "days") + ". Latest, "
                + Formats.shortDate(last.day()) + ": during " + Formats.scoreInWords(last.during()) + ", next morning "
                + Formats.scoreInWords(last.nextMorning()) + ". Highest: " + Formats.scoreInWords(highest) + ".";
    }

    private static String render(List<PainPoint> points, LocalDate from, LocalDate to) {
        TimeSeries during = new TimeSeries("During or after exercise");
        TimeSeries morning = new TimeSeries("Next morning");
        for (PainPoint point : points) {
            Day day = new Day(point.day().getDayOfMonth(), point.day().getMonthValue(), point.day().getYear());
            if (point.during() != null) {
                during.add(day, point.during());
            }
            if (point.nextMorning() != null) {
                morning.add(day, point.nextMorning());
            }
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(during);
        data.addSeries(morning);

        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "Pain (" + LogLimits.PAIN_MIN + "-" + LogLimits.PAIN_MAX + ")", data, true, false, false);
        Font font = FONT;
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(font);
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);

        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.addRangeMarker(new IntervalMarker(LogLimits.PAIN_MIN, LogLimits.PAIN_SAFE_MAX, new Color(0xe6, 0xf4, 0xea)), org.jfree.chart.ui.Layer.BACKGROUND);
        plot.addRangeMarker(new IntervalMarker(LogLimits.PAIN_SAFE_MAX, LogLimits.PAIN_TOO_MUCH_ABOVE, new Color(0xfd, 0xf3, 0xdc)), org.jfree.chart.ui.Layer.BACKGROUND);
        plot.addRangeMarker(new IntervalMarker(LogLimits.PAIN_TOO_MUCH_ABOVE, LogLimits.PAIN_MAX, new Color(0xfb, 0xe4, 0xe4)), org.jfree.chart.ui.Layer.BACKGROUND);

        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(LogLimits.PAIN_MIN, LogLimits.PAIN_MAX);
        range.setTickUnit(new NumberTickUnit(1));
        range.setTickLabelFont(font);
        range.setLabelFont(font);
        DateAxis domain = (DateAxis) plot.getDomainAxis();
        domain.setRange(date(from), date(to.plusDays(1)));
        domain.setTickLabelFont(font);
        domain.setDateFormatOverride(Formats.dayMonthFormat());

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, DURING);
        renderer.setSeriesPaint(1, MORNING);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesShape(1, new Rectangle(-4, -4, 8, 8));
        plot.setRenderer(renderer);

        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        // unquoted: the SVG's style attributes are single-quoted
        g2.setFontFunction(family -> "Liberation Sans, Arial, Helvetica, sans-serif");
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
    }

    private static Font loadFont() {
        try (java.io.InputStream in = PainChart.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, Objects.requireNonNull(in, "Liberation Sans"))
                    .deriveFont(13f);
        } catch (java.io.IOException | java.awt.FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        }
    }

    private static Date date(LocalDate day) {
        // JFreeChart's Day periods are in the JVM's default zone
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
