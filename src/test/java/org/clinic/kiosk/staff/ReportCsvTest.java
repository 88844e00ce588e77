package org.clinic.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.usage.UsageReport;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

    private static final ReportNames NAMES = new ReportNames(TopicCatalog.load(Path.of("target/no-topic-overrides")));

    static UsageReport report() {
        long[][] grid = new long[7][24];
        grid[1][10] = 12;
        grid[6][23] = 2;
        return new UsageReport(
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 21),
                42,
                130,
                118,
                12,
                16,
                4,
                9,
                5,
                List.of(new UsageReport.Count("hospice-care", 31), new UsageReport.Count("gone-topic", 3)),
                List.of(new UsageReport.Count("planning", 60)),
                grid,
                List.of(
                        new UsageReport.DailyCount(LocalDate.of(2026, 11, 20), 0, 0),
                        new UsageReport.DailyCount(LocalDate.of(2026, 11, 21), 42, 130)));
    }

    @Test
    void csvHoldsEveryFigureOfTheReportInThreeColumns() {
        String csv = ReportCsv.write(report(), NAMES);
        assertTrue(csv.startsWith("\uFEFFsection,item,value\r\n"), csv.substring(0, 40));
        List<String> lines = Arrays.asList(csv.substring(1).split("\r\n"));
        assertEquals(
                List.of(
                        "section,item,value",
                        "range,first day,2026-11-20",
                        "range,last day,2026-11-21",
                        "summary,Visits,42",
                        "summary,Topic views,130",
                        "summary,Topic views by touch,118",
                        "summary,Topic views by voice,12",
                        "summary,Share by voice (%),9.2",
                        "summary,Spoken questions,16",
                        "summary,Spoken questions not understood,4",
                        "summary,Not understood rate (%),25.0",
                        "summary,Read aloud uses,9",
                        "summary,Need help now? card opened,5",
                        "topic views,Hospice care,31",
                        "topic views,gone-topic (no longer shown),3",
                        "category views,Planning ahead,60"),
                lines.subList(0, 16));
        assertTrue(lines.contains("views by weekday and hour,Tuesday 10:00 to 11:00,12"));
        assertTrue(lines.contains("views by weekday and hour,Sunday 23:00 to 00:00,2"));
        assertTrue(lines.contains("views by weekday and hour,Monday 00:00 to 01:00,0"));
        assertEquals(16 + 7 * 24 + 2 * 2, lines.size());
        assertEquals(
                List.of(
                        "daily visits,2026-11-20,0",
                        "daily topic views,2026-11-20,0",
                        "daily visits,2026-11-21,42",
                        "daily topic views,2026-11-21,130"),
                lines.subList(lines.size() - 4, lines.size()));
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertEquals("plain", ReportCsv.cell("plain"));
        assertEquals("\"Coping, support\"", ReportCsv.cell("Coping, support"));
        assertEquals("\"The \"\"what if\"\" worry\"", ReportCsv.cell("The \"what if\" worry"));
        assertEquals("\"two\nlines\"", ReportCsv.cell("two\nlines"));
        assertEquals("", ReportCsv.cell(""));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        assertEquals(
                "'=HYPERLINK(\"x\")",
                ReportCsv.cell("=HYPERLINK(\"x\")").replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
        assertEquals("'+1", ReportCsv.cell("+1"));
        assertEquals("'-1", ReportCsv.cell("-1"));
        assertEquals("'@SUM(A1)", ReportCsv.cell("@SUM(A1)"));
        assertEquals("\"'=1,2\"", ReportCsv.cell("=1,2"));
    }
}
