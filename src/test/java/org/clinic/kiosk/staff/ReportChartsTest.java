package org.clinic.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clinic.kiosk.usage.UsageReport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportChartsTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> withClass(Document doc, String tag, String cssClass) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.getAttribute("class").equals(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    @Test
    void heatMapIsALabelledImageWithOneCellPerWeekdayAndHourDarkestWhereBusiest() throws Exception {
        long[][] grid = new long[7][24];
        grid[1][10] = 12;
        grid[0][9] = 6;
        Document doc = parse(ReportCharts.heatMap(grid));
        Element svg = doc.getDocumentElement();
        assertEquals("svg", svg.getTagName());
        assertEquals("img", svg.getAttribute("role"));
        assertEquals(
                "Topic views by weekday and hour. Busiest: Tuesday 10:00 to 11:00, 12 views.",
                svg.getAttribute("aria-label"));
        assertEquals(
                svg.getAttribute("aria-label"),
                doc.getElementsByTagName("title").item(0).getTextContent());
        List<Element> cells = withClass(doc, "rect", "chart-cell");
        assertEquals(7 * 24, cells.size());
        assertEquals("1.00", cells.get(24 + 10).getAttribute("fill-opacity"));
        assertEquals("0.58", cells.get(9).getAttribute("fill-opacity"));
        assertEquals("0.00", cells.get(0).getAttribute("fill-opacity"));
        List<String> labels = withClass(doc, "text", "chart-text").stream()
                .map(Element::getTextContent)
                .toList();
        assertTrue(labels.containsAll(List.of("Monday", "Sunday", "00", "21")), labels.toString());
    }

    @Test
    void emptyHeatMapSaysSo() {
        assertEquals(
                "Topic views by weekday and hour: no views in this range.",
                ReportCharts.heatMapSummary(new long[7][24]));
    }

    @Test
    void dailyTrendHasABarPerDayScaledToTheBusiestAndALabel() throws Exception {
        List<UsageReport.DailyCount> days = List.of(
                new UsageReport.DailyCount(LocalDate.of(2026, 11, 19), 5, 10),
                new UsageReport.DailyCount(LocalDate.of(2026, 11, 20), 0, 0),
                new UsageReport.DailyCount(LocalDate.of(2026, 11, 21), 20, 40));
        Document doc = parse(ReportCharts.dailyTrend(days));
        assertEquals(
                "Daily trend over 3 days: 25 visits and 50 topic views. Busiest day: 21 Nov 2026, 40 topic views.",
                doc.getDocumentElement().getAttribute("aria-label"));
        List<Element> bars = withClass(doc, "rect", "chart-bar");
        assertEquals(1 + 3, bars.size(), "the legend's swatch and one bar per day");
        assertEquals("75.0", bars.get(1).getAttribute("height"));
        assertEquals("0.0", bars.get(2).getAttribute("height"));
        assertEquals("300.0", bars.get(3).getAttribute("height"));
        assertEquals(3, withClass(doc, "circle", "chart-line-dot").size());
        List<String> labels = withClass(doc, "text", "chart-text").stream()
                .map(Element::getTextContent)
                .toList();
        assertTrue(
                labels.containsAll(List.of("19 Nov", "21 Nov", "40", "Topic views", "Visits (line)")),
                labels.toString());
    }

    @Test
    void textIsEscapedSoTheSvgStaysWellFormed() throws Exception {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", ReportCharts.escape("a <b> & \"c\" 'd'"));
        parse(ReportCharts.dailyTrend(List.of()));
    }
}
