package org.clinic.kiosk.staff;

import java.util.List;
import org.clinic.kiosk.usage.UsageReport;

/**
 * Topic views per day as bars and visits per day as a line with dots, as SVG. Both axes are
 * named; the count axis is marked at round steps (1, 2, 5, 10, 20...) with light grid lines, and
 * the day axis at every day, or every 2, 3, 7, 14... days when the labels would not fit.
 */
public final class DailyTrendChart {

    static final int TOP = 60;
    static final int LEFT = 130;
    static final int PLOT_WIDTH = 1200;
    static final int PLOT_HEIGHT = 300;
    static final int RIGHT = 120;
    /** Room one day label ("Wed 30 Sep 2026") takes at the chart's text size, with a gap. */
    static final int LABEL_ROOM = 215;

    private static final int[] DAY_STEPS = {1, 2, 3, 7, 14, 28, 56, 91, 182, 364, 728};

    private DailyTrendChart() {}

    /** A round step (1, 2 or 5 times a power of ten) that marks the count axis about four to five times. */
    static long countStep(long max) {
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (max <= step * factor * 5) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }

    /** Every how many days a day is labelled so that labels never overlap. */
    static int dayStep(int days) {
        double slot = (double) PLOT_WIDTH / Math.max(1, days);
        for (int step : DAY_STEPS) {
            if (step * slot >= LABEL_ROOM) {
                return step;
            }
        }
        return DAY_STEPS[DAY_STEPS.length - 1];
    }

    public static String svg(List<UsageReport.DailyCount> days) {
        long max = 1;
        for (UsageReport.DailyCount day : days) {
            max = Math.max(max, Math.max(day.topicViews(), day.visits()));
        }
        long step = countStep(max);
        long top = (max + step - 1) / step * step;
        int bottom = TOP + PLOT_HEIGHT;
        ChartSvg svg = new ChartSvg(LEFT + PLOT_WIDTH + RIGHT, bottom + 110, summary(days));
        for (long count = 0; count <= top; count += step) {
            double y = bottom - (double) PLOT_HEIGHT * count / top;
            if (count > 0) {
                svg.line("chart-grid", LEFT, y, LEFT + PLOT_WIDTH, y);
            }
            svg.text(LEFT - 12, y + 8, "end", Long.toString(count));
        }
        svg.line("chart-axis", LEFT, bottom, LEFT + PLOT_WIDTH, bottom);
        svg.line("chart-axis", LEFT, TOP, LEFT, bottom);
        svg.verticalTitle(30, TOP + PLOT_HEIGHT / 2.0, "Number per day");
        svg.text(LEFT + PLOT_WIDTH / 2.0, bottom + 96, "middle", "Day", "chart-title");
        svg.rect("chart-bar", LEFT, 12, 24, 24, "");
        svg.text(LEFT + 34, 33, "start", "Topic views (bars)");
        svg.line("chart-line", LEFT + 340, 24, LEFT + 384, 24);
        svg.raw("<circle class=\"chart-line-dot\" cx=\"" + (LEFT + 362) + "\" cy=\"24\" r=\"8\"/>");
        svg.text(LEFT + 394, 33, "start", "Visits (line)");
        if (days.isEmpty()) {
            return svg.close();
        }
        double slot = (double) PLOT_WIDTH / days.size();
        int labelEvery = dayStep(days.size());
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            UsageReport.DailyCount day = days.get(i);
            double x = LEFT + i * slot;
            double barHeight = (double) PLOT_HEIGHT * day.topicViews() / top;
            svg.rect("chart-bar", x + slot * 0.15, bottom - barHeight, slot * 0.7, barHeight, "");
            double cx = x + slot / 2;
            double cy = bottom - (double) PLOT_HEIGHT * day.visits() / top;
            line.append(line.isEmpty() ? "" : " ")
                    .append(ChartSvg.fmt(cx))
                    .append(',')
                    .append(ChartSvg.fmt(cy));
            svg.raw("<circle class=\"chart-line-dot\" cx=\"" + ChartSvg.fmt(cx) + "\" cy=\"" + ChartSvg.fmt(cy)
                    + "\" r=\"" + ChartSvg.fmt(Math.min(8, Math.max(3, slot / 4))) + "\"/>");
            if (i % labelEvery == 0) {
                svg.line("chart-axis", cx, bottom, cx, bottom + 12);
                svg.text(cx, bottom + 42, "middle", ReportDates.day(day.day()), "chart-day");
            }
        }
        svg.raw("<polyline class=\"chart-line\" fill=\"none\" points=\"" + line + "\"/>");
        return svg.close();
    }

    /** The trend in one sentence, for its label and under its heading. */
    public static String summary(List<UsageReport.DailyCount> days) {
        if (days.isEmpty()) {
            return "Daily trend: no days in this range.";
        }
        UsageReport.DailyCount busiest = days.getFirst();
        long visits = 0;
        long views = 0;
        for (UsageReport.DailyCount day : days) {
            visits += day.visits();
            views += day.topicViews();
            if (day.topicViews() > busiest.topicViews()
                    || day.topicViews() == busiest.topicViews() && day.visits() > busiest.visits()) {
                busiest = day;
            }
        }
        String over = days.size() == 1 ? "1 day" : days.size() + " days";
        if (views == 0 && visits == 0) {
            return "Daily trend over " + over + ": no visits and no topic views.";
        }
        return "Daily trend over " + over + ": " + count(visits, "visit") + " and " + count(views, "topic view")
                + ". Busiest day: " + ReportDates.day(busiest.day()) + ", " + count(busiest.topicViews(), "topic view")
                + " and " + count(busiest.visits(), "visit") + ".";
    }

    /** "1 visit", "0 visits", "4 topic views". */
    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
