package org.clinic.kiosk.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinic.kiosk.usage.UsageReport;

/**
 * The staff report as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
 * accented titles correctly). Three columns, {@code section,item,value}, so the same file sorts
 * and filters in any spreadsheet. A cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe.
 */
public final class ReportCsv {

    static final String BYTE_ORDER_MARK = "\uFEFF";

    private ReportCsv() {}

    public static String write(UsageReport report, ReportNames names) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        for (List<String> row : rows(report, names)) {
            csv.append(String.join(",", row.stream().map(ReportCsv::cell).toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** The rows before escaping, header first. */
    static List<List<String>> rows(UsageReport report, ReportNames names) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("section", "item", "value"));
        rows.add(List.of("range", "first day", report.from().toString()));
        rows.add(List.of("range", "last day", report.to().toString()));
        summary(rows, "Visits", report.visits());
        summary(rows, "Topic views", report.topicViews());
        summary(rows, "Topic views by touch", report.touchViews());
        summary(rows, "Topic views by voice", report.voiceViews());
        rows.add(List.of("summary", "Share by voice (%)", number(report.voiceShare())));
        summary(rows, "Spoken questions", report.voiceQuestions());
        summary(rows, "Spoken questions not understood", report.voiceNotUnderstood());
        rows.add(List.of("summary", "Not understood rate (%)", number(report.notUnderstoodRate())));
        summary(rows, "Read aloud uses", report.readAloudUses());
        summary(rows, "Need help now? card opened", report.helpCardOpenings());
        for (UsageReport.Count topic : report.topTopics()) {
            rows.add(List.of("topic views", names.topic(topic.id()), Long.toString(topic.count())));
        }
        for (UsageReport.Count category : report.topCategories()) {
            rows.add(List.of("category views", names.category(category.id()), Long.toString(category.count())));
        }
        long[][] grid = report.viewsByWeekdayHour();
        for (int day = 0; day < grid.length; day++) {
            for (int hour = 0; hour < grid[day].length; hour++) {
                rows.add(List.of(
                        "views by weekday and hour",
                        ReportNames.weekday(day) + " " + ReportNames.hour(hour),
                        Long.toString(grid[day][hour])));
            }
        }
        for (UsageReport.DailyCount day : report.daily()) {
            rows.add(List.of("daily visits", day.day().toString(), Long.toString(day.visits())));
            rows.add(List.of("daily topic views", day.day().toString(), Long.toString(day.topicViews())));
        }
        return rows;
    }

    private static void summary(List<List<String>> rows, String item, long value) {
        rows.add(List.of("summary", item, Long.toString(value)));
    }

    private static String number(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100);
    }

    /** One cell, quoted when it holds a comma, a quote or a line break; formulas defused. */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
