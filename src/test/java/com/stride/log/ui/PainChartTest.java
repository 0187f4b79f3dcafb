package com.stride.log.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.log.PainPoint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PainChartTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 18);
    private static final LocalDate TO = LocalDate.of(2026, 12, 1); // 14 days

    @Test
    void pointsSitInTheMiddleOfTheirDayAtTheirScore() throws Exception {
        Document svg = parse(PainChart.render(List.of(new PainPoint(FROM, 3, null),
                new PainPoint(TO, 10, 0)), FROM, TO));

        // plot from x 56 to 708 (14 slots of 46.57), scores from y 262 (0) to 44 (10)
        List<String> circles = positions(svg, "circle", "cx", "cy");
        assertThat(circles).contains("79.3,197", "684.7,44").hasSize(3); // and the legend's
        List<String> squares = positions(svg, "rect", "x", "y").stream().filter(p -> !p.startsWith("56,")).toList();
        assertThat(squares).contains("680.7,258"); // the 0 next morning, an 8-unit square centred on 684.7,262
    }

    @Test
    void bandsFollowThePainMonitoringZones() throws Exception {
        Document svg = parse(PainChart.render(List.of(new PainPoint(FROM, 2, 2)), FROM, TO));

        // safe 0-3 (y 197-262), acceptable 3-5 (y 153-197), too much 5-10 (y 44-153)
        assertThat(positions(svg, "rect", "y", "height")).contains("197,65", "153,44", "44,109");
        assertThat(texts(svg)).contains("0", "3", "5", "10", "Pain (0-10)", PainChart.duringLabel(),
                PainChart.morningLabel());
    }

    @Test
    void atMostSevenDatesAreLabelled() throws Exception {
        Document svg = parse(PainChart.render(List.of(new PainPoint(FROM, 2, 2)), FROM, TO));

        assertThat(texts(svg)).contains("1 Dec", "29 Nov", "19 Nov").doesNotContain("30 Nov", "18 Nov");
        LocalDate longFrom = TO.minusDays(83);
        List<String> texts = texts(parse(PainChart.render(List.of(new PainPoint(longFrom, 1, 1)), longFrom, TO)));
        assertThat(texts).filteredOn(t -> t.matches("\\d+ \\w{3}")).hasSize(7).contains("1 Dec");
    }

    @Test
    void aDayWithoutAScoreIsLeftOutOfItsLine() throws Exception {
        List<PainPoint> points = new ArrayList<>();
        points.add(new PainPoint(FROM, 4, null));
        points.add(new PainPoint(FROM.plusDays(1), null, 5));
        points.add(new PainPoint(FROM.plusDays(2), 6, null));
        Document svg = parse(PainChart.render(points, FROM, TO));

        NodeList paths = svg.getElementsByTagName("path");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < paths.getLength(); i++) {
            lines.add(((Element) paths.item(i)).getAttribute("d"));
        }
        // during: day 0 at 4 and day 2 at 6; the morning line has its single point only
        assertThat(lines).contains("M79.3 175 L172.4 132", "M125.9 153");
    }

    private static Document parse(String svg) throws Exception {
        assertThat(svg).doesNotContain("<script", "javascript:").doesNotContainPattern("\\son\\w+=");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> positions(Document svg, String tag, String a, String b) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            out.add(e.getAttribute(a) + "," + e.getAttribute(b));
        }
        return out;
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
