package org.clinic.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HeatMapChartTest {

    @Test
    void heatMapIsALabelledImageWithOneCellPerWeekdayAndHourDarkestWhereBusiest() throws Exception {
        long[][] grid = new long[7][24];
        grid[1][10] = 12;
        grid[0][9] = 6;
        grid[2][3] = 1;
        Document doc = Svgs.parse(HeatMapChart.svg(grid));
        Element svg = doc.getDocumentElement();
        assertEquals("svg", svg.getTagName());
        assertEquals("img", svg.getAttribute("role"));
        assertEquals(
                "Topic views by weekday and hour. Busiest: Tuesday 10:00 to 11:00, 12 views.",
                svg.getAttribute("aria-label"));
        assertEquals(
                svg.getAttribute("aria-label"),
                doc.getElementsByTagName("title").item(0).getTextContent());
        List<Element> cells = Svgs.withClass(doc, "rect", "chart-cell");
        assertEquals(7 * 24, cells.size());
        // 12 views at most: four shades for 1 to 3, 4 to 6, 7 to 9 and 10 to 12
        assertEquals("1.00", cells.get(24 + 10).getAttribute("fill-opacity"));
        assertEquals("0.50", cells.get(9).getAttribute("fill-opacity"));
        assertEquals("0.25", cells.get(2 * 24 + 3).getAttribute("fill-opacity"));
        assertEquals("0.00", cells.get(0).getAttribute("fill-opacity"));
        List<String> labels = Svgs.texts(doc);
        assertTrue(
                labels.containsAll(
                        List.of("Monday", "Sunday", "00:00", "21:00", "Weekday", "Hour of the day (24-hour clock)")),
                labels.toString());
    }

    @Test
    void theKeyUnderTheSquaresNamesTheCountsEachShadeStandsFor() throws Exception {
        long[][] grid = new long[7][24];
        grid[4][15] = 12;
        Document doc = Svgs.parse(HeatMapChart.svg(grid));
        List<String> labels = Svgs.texts(doc);
        int key = labels.indexOf("Views:");
        assertTrue(key >= 0, labels.toString());
        assertEquals(
                List.of("0 (none)", "1 to 3", "4 to 6", "7 to 9", "10 to 12"), labels.subList(key + 1, labels.size()));
        List<Element> swatches = Svgs.withClass(doc, "rect", "chart-cell chart-key");
        assertEquals(
                List.of("0.00", "0.25", "0.50", "0.75", "1.00"),
                swatches.stream().map(s -> s.getAttribute("fill-opacity")).toList());
    }

    @Test
    void fewViewsGetOneShadeForEachCount() {
        assertEquals(
                List.of(new HeatMapChart.Band(1, 1, 0.5), new HeatMapChart.Band(2, 2, 1.0)), HeatMapChart.bands(2));
        assertEquals(List.of(), HeatMapChart.bands(0));
        List<HeatMapChart.Band> five = HeatMapChart.bands(5);
        assertEquals(
                List.of("1", "2 to 3", "4", "5"),
                five.stream().map(HeatMapChart.Band::label).toList());
        // every count from 1 to the busiest hour falls in exactly one band
        for (long max : new long[] {1, 3, 4, 7, 13, 100, 999}) {
            List<HeatMapChart.Band> bands = HeatMapChart.bands(max);
            long next = 1;
            for (HeatMapChart.Band band : bands) {
                assertEquals(next, band.lowest(), max + ": " + bands);
                assertTrue(band.highest() >= band.lowest(), max + ": " + bands);
                next = band.highest() + 1;
            }
            assertEquals(max + 1, next, max + ": " + bands);
        }
    }

    @Test
    void emptyHeatMapSaysSo() {
        assertEquals("Topic views by weekday and hour: no views in this range.", HeatMapChart.summary(new long[7][24]));
    }
}
