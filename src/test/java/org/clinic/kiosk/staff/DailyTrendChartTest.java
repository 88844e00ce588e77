package org.clinic.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.usage.UsageReport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class DailyTrendChartTest {

    private static List<UsageReport.DailyCount> days(LocalDate first, int count) {
        List<UsageReport.DailyCount> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(new UsageReport.DailyCount(first.plusDays(i), i % 3, i % 5));
        }
        return days;
    }

    private static List<String> dayLabels(Document doc) {
        return Svgs.withClass(doc, "text", "chart-text chart-day").stream()
                .map(Element::getTextContent)
                .toList();
    }

    @Test
    void dailyTrendHasABarPerDayScaledToARoundTopAndBothAxesNamed() throws Exception {
        List<UsageReport.DailyCount> days = List.of(
                new UsageReport.DailyCount(LocalDate.of(2026, 11, 19), 5, 10),
                new UsageReport.DailyCount(LocalDate.of(2026, 11, 20), 0, 0),
                new UsageReport.DailyCount(LocalDate.of(2026, 11, 21), 20, 40));
        Document doc = Svgs.parse(DailyTrendChart.svg(days));
        assertEquals(
                "Daily trend over 3 days: 25 visits and 50 topic views. Busiest day: Sat 21 Nov 2026, 40 topic"
                        + " views and 20 visits.",
                doc.getDocumentElement().getAttribute("aria-label"));
        List<Element> bars = Svgs.withClass(doc, "rect", "chart-bar");
        assertEquals(1 + 3, bars.size(), "the legend's swatch and one bar per day");
        // 40 at most: the count axis goes to 40 in steps of 10, so 10 views are a quarter of 300
        assertEquals("75.0", bars.get(1).getAttribute("height"));
        assertEquals("0.0", bars.get(2).getAttribute("height"));
        assertEquals("300.0", bars.get(3).getAttribute("height"));
        assertEquals(3, Svgs.withClass(doc, "circle", "chart-line-dot").size() - 1, "one dot per day, one in the key");
        List<String> labels = Svgs.texts(doc);
        assertTrue(
                labels.containsAll(List.of(
                        "0", "10", "20", "30", "40", "Number per day", "Day", "Topic views (bars)", "Visits (line)")),
                labels.toString());
        assertEquals(List.of("Thu 19 Nov 2026", "Fri 20 Nov 2026", "Sat 21 Nov 2026"), dayLabels(doc));
    }

    @Test
    void longerRangesAreLabelledAtStepsThatFitNotOnlyAtTheirEnds() throws Exception {
        LocalDate first = LocalDate.of(2026, 11, 2);
        assertEquals(
                List.of("Mon 2 Nov 2026", "Wed 4 Nov 2026", "Fri 6 Nov 2026", "Sun 8 Nov 2026"),
                dayLabels(Svgs.parse(DailyTrendChart.svg(days(first, 7)))));
        assertEquals(
                List.of("Mon 2 Nov 2026", "Mon 9 Nov 2026", "Mon 16 Nov 2026", "Mon 23 Nov 2026", "Mon 30 Nov 2026"),
                dayLabels(Svgs.parse(DailyTrendChart.svg(days(first, 30)))));
        for (int count : new int[] {1, 7, 14, 30, 90, 365, 1098}) {
            int labelled = dayLabels(Svgs.parse(DailyTrendChart.svg(days(first, count))))
                    .size();
            double apart = (double) DailyTrendChart.PLOT_WIDTH / count * DailyTrendChart.dayStep(count);
            assertTrue(apart >= DailyTrendChart.LABEL_ROOM, count + " days: labels " + apart + " apart");
            assertTrue(labelled >= Math.min(count, 4), count + " days: " + labelled + " labels");
        }
    }

    @Test
    void theCountAxisIsMarkedAtRoundSteps() {
        assertEquals(1, DailyTrendChart.countStep(1));
        assertEquals(1, DailyTrendChart.countStep(5));
        assertEquals(2, DailyTrendChart.countStep(7));
        assertEquals(10, DailyTrendChart.countStep(40));
        assertEquals(20, DailyTrendChart.countStep(83));
        assertEquals(500, DailyTrendChart.countStep(2400));
    }

    @Test
    void withoutTopicViewsTheBusiestDayIsTheOneWithMostVisits() {
        List<UsageReport.DailyCount> days = List.of(
                new UsageReport.DailyCount(LocalDate.of(2026, 11, 15), 1, 0),
                new UsageReport.DailyCount(LocalDate.of(2026, 11, 16), 4, 0));
        assertEquals(
                "Daily trend over 2 days: 5 visits and 0 topic views. Busiest day: Mon 16 Nov 2026, 0 topic views and"
                        + " 4 visits.",
                DailyTrendChart.summary(days));
    }

    @Test
    void anEmptyRangeStillMakesWellFormedSvg() throws Exception {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", ChartSvg.escape("a <b> & \"c\" 'd'"));
        Svgs.parse(DailyTrendChart.svg(List.of()));
        assertEquals("Daily trend: no days in this range.", DailyTrendChart.summary(List.of()));
    }
}
