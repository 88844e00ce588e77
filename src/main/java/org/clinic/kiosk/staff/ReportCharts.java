package org.clinic.kiosk.staff;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.clinic.kiosk.usage.UsageReport;

/**
 * The report's two charts as SVG text, drawn on the server (no chart library, no frontend
 * build). Colours come from the page's CSS custom properties through class names, so both
 * themes apply. Each chart is an {@code img} with a one-sentence summary as its label; the view
 * puts the full numbers in a table beside it.
 */
public final class ReportCharts {

    static final int CELL = 50;
    static final int LABEL_WIDTH = 180;
    static final int TOP = 44;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private ReportCharts() {}

    /** Topic views by weekday (rows) and hour (columns); darker is busier. */
    public static String heatMap(long[][] grid) {
        long max = 1;
        for (long[] day : grid) {
            for (long views : day) {
                max = Math.max(max, views);
            }
        }
        int width = LABEL_WIDTH + 24 * CELL;
        int height = TOP + 7 * CELL;
        StringBuilder svg = open(width, height, heatMapSummary(grid));
        for (int hour = 0; hour < 24; hour += 3) {
            text(svg, LABEL_WIDTH + hour * CELL + 4, TOP - 12, "start", "%02d".formatted(hour));
        }
        for (int day = 0; day < 7; day++) {
            int y = TOP + day * CELL;
            text(svg, LABEL_WIDTH - 12, y + CELL / 2 + 9, "end", ReportNames.weekday(day));
            for (int hour = 0; hour < 24; hour++) {
                long views = day < grid.length && hour < grid[day].length ? grid[day][hour] : 0;
                double strength = views == 0 ? 0 : 0.15 + 0.85 * views / max;
                svg.append("<rect class=\"chart-cell\" x=\"")
                        .append(LABEL_WIDTH + hour * CELL + 2)
                        .append("\" y=\"")
                        .append(y + 2)
                        .append("\" width=\"")
                        .append(CELL - 4)
                        .append("\" height=\"")
                        .append(CELL - 4)
                        .append("\" fill-opacity=\"")
                        .append(String.format(Locale.ROOT, "%.2f", strength))
                        .append("\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The heat map in one sentence, for its label. */
    public static String heatMapSummary(long[][] grid) {
        long best = -1;
        int bestDay = 0;
        int bestHour = 0;
        long total = 0;
        for (int day = 0; day < grid.length; day++) {
            for (int hour = 0; hour < grid[day].length; hour++) {
                total += grid[day][hour];
                if (grid[day][hour] > best) {
                    best = grid[day][hour];
                    bestDay = day;
                    bestHour = hour;
                }
            }
        }
        if (total == 0) {
            return "Topic views by weekday and hour: no views in this range.";
        }
        return "Topic views by weekday and hour. Busiest: " + ReportNames.weekday(bestDay) + " "
                + ReportNames.hour(bestHour) + ", " + best + " views.";
    }

    /** Topic views per day as bars, visits per day as a line with dots. */
    public static String dailyTrend(List<UsageReport.DailyCount> days) {
        int plotWidth = 1200;
        int plotHeight = 300;
        int left = 90;
        int width = left + plotWidth + 20;
        int height = TOP + plotHeight + 50;
        long max = 1;
        for (UsageReport.DailyCount day : days) {
            max = Math.max(max, Math.max(day.topicViews(), day.visits()));
        }
        StringBuilder svg = open(width, height, dailySummary(days));
        int bottom = TOP + plotHeight;
        svg.append("<line class=\"chart-axis\" x1=\"")
                .append(left)
                .append("\" y1=\"")
                .append(bottom)
                .append("\" x2=\"")
                .append(left + plotWidth)
                .append("\" y2=\"")
                .append(bottom)
                .append("\"/>");
        text(svg, left - 10, TOP + 9, "end", Long.toString(max));
        text(svg, left - 10, bottom, "end", "0");
        rectLegend(svg, left, 8, "chart-bar", "Topic views");
        rectLegend(svg, left + 300, 8, "chart-line-dot", "Visits (line)");
        if (!days.isEmpty()) {
            double slot = (double) plotWidth / days.size();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < days.size(); i++) {
                UsageReport.DailyCount day = days.get(i);
                double x = left + i * slot;
                double barHeight = (double) plotHeight * day.topicViews() / max;
                svg.append("<rect class=\"chart-bar\" x=\"")
                        .append(fmt(x + slot * 0.15))
                        .append("\" y=\"")
                        .append(fmt(bottom - barHeight))
                        .append("\" width=\"")
                        .append(fmt(slot * 0.7))
                        .append("\" height=\"")
                        .append(fmt(barHeight))
                        .append("\"/>");
                double cx = x + slot / 2;
                double cy = bottom - (double) plotHeight * day.visits() / max;
                line.append(line.isEmpty() ? "" : " ")
                        .append(fmt(cx))
                        .append(',')
                        .append(fmt(cy));
                svg.append("<circle class=\"chart-line-dot\" cx=\"")
                        .append(fmt(cx))
                        .append("\" cy=\"")
                        .append(fmt(cy))
                        .append("\" r=\"")
                        .append(fmt(Math.min(8, Math.max(3, slot / 4))))
                        .append("\"/>");
            }
            svg.append("<polyline class=\"chart-line\" fill=\"none\" points=\"")
                    .append(line)
                    .append("\"/>");
            text(svg, left, bottom + 36, "start", DAY.format(days.getFirst().day()));
            if (days.size() > 1) {
                text(
                        svg,
                        left + plotWidth,
                        bottom + 36,
                        "end",
                        DAY.format(days.getLast().day()));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The trend in one sentence, for its label. */
    public static String dailySummary(List<UsageReport.DailyCount> days) {
        if (days.isEmpty()) {
            return "Daily trend: no days in this range.";
        }
        UsageReport.DailyCount busiest = days.getFirst();
        long visits = 0;
        long views = 0;
        for (UsageReport.DailyCount day : days) {
            visits += day.visits();
            views += day.topicViews();
            if (day.topicViews() > busiest.topicViews()) {
                busiest = day;
            }
        }
        return "Daily trend over " + days.size() + " days: " + visits + " visits and " + views
                + " topic views. Busiest day: " + DAY.format(busiest.day()) + " "
                + busiest.day().getYear() + ", "
                + busiest.topicViews() + " topic views.";
    }

    private static StringBuilder open(int width, int height, String label) {
        return new StringBuilder(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(escape(label))
                .append("\"><title>")
                .append(escape(label))
                .append("</title>");
    }

    private static void rectLegend(StringBuilder svg, int x, int y, String cssClass, String label) {
        svg.append("<rect class=\"")
                .append(cssClass)
                .append("\" x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"24\" height=\"24\"/>");
        text(svg, x + 34, y + 21, "start", label);
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text class=\"chart-text\" x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(fmt(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\">")
                .append(escape(text))
                .append("</text>");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
