package org.clinic.kiosk.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Topic views by weekday (rows) and hour (columns) as SVG: one square per hour, the colour
 * stronger where busier (darker in the standard theme, brighter in high contrast), in at most four shades, each standing for a band of counts that the legend under the
 * squares names ("1 to 3", "4 to 6"...), so a shade can be read as a number.
 */
public final class HeatMapChart {

    static final int CELL = 50;
    static final int LABEL_WIDTH = 180;
    static final int TOP = 84;
    static final int SHADES = 4;

    /**
     * The counts one shade stands for, both ends included.
     *
     * @param opacity how strongly the square is filled, from above 0 to 1
     */
    public record Band(long lowest, long highest, double opacity) {

        /** "1", or "4 to 6". */
        public String label() {
            return lowest == highest ? Long.toString(lowest) : lowest + " to " + highest;
        }
    }

    private HeatMapChart() {}

    /** The shades for counts from 1 to {@code max}: one per count up to four, else four even bands. */
    public static List<Band> bands(long max) {
        List<Band> bands = new ArrayList<>();
        if (max <= 0) {
            return bands;
        }
        int count = (int) Math.min(SHADES, max);
        long lowest = 1;
        for (int k = 1; k <= count; k++) {
            long highest = k == count ? max : Math.max(lowest, Math.round((double) max * k / count));
            bands.add(new Band(lowest, highest, (double) k / count));
            lowest = highest + 1;
        }
        return bands;
    }

    /** How strongly a square with these views is filled: 0 for none, else its band's opacity. */
    static double opacity(long views, List<Band> bands) {
        for (Band band : bands) {
            if (views <= band.highest()) {
                return views == 0 ? 0 : band.opacity();
            }
        }
        return views == 0 ? 0 : 1;
    }

    public static String svg(long[][] grid) {
        long max = 0;
        for (long[] day : grid) {
            for (long views : day) {
                max = Math.max(max, views);
            }
        }
        List<Band> bands = bands(max);
        int gridBottom = TOP + 7 * CELL;
        ChartSvg svg = new ChartSvg(LABEL_WIDTH + 24 * CELL, gridBottom + 90, summary(grid));
        svg.text(LABEL_WIDTH - 12, 30, "end", "Weekday", "chart-title");
        svg.text(LABEL_WIDTH + 2, 30, "start", "Hour of the day (24-hour clock)", "chart-title");
        for (int hour = 0; hour < 24; hour += 3) {
            // centred over its own column, with a tick down to it, so 09:00 is not read as 10:00
            double centre = LABEL_WIDTH + hour * CELL + CELL / 2.0;
            svg.text(centre, TOP - 16, "middle", "%02d:00".formatted(hour));
            svg.line("chart-axis", centre, TOP - 10, centre, TOP);
        }
        for (int day = 0; day < 7; day++) {
            int y = TOP + day * CELL;
            svg.text(LABEL_WIDTH - 12, y + CELL / 2 + 9, "end", ReportNames.weekday(day));
            for (int hour = 0; hour < 24; hour++) {
                long views = day < grid.length && hour < grid[day].length ? grid[day][hour] : 0;
                svg.rect(
                        "chart-cell",
                        LABEL_WIDTH + hour * CELL + 2,
                        y + 2,
                        CELL - 4,
                        CELL - 4,
                        " fill-opacity=\"" + String.format(Locale.ROOT, "%.2f", opacity(views, bands)) + "\"");
            }
        }
        legend(svg, bands, gridBottom + 30);
        return svg.close();
    }

    /** Under the squares: "Topic views in the hour:", an empty square "0", then one square per shade. */
    private static void legend(ChartSvg svg, List<Band> bands, int y) {
        svg.text(LABEL_WIDTH - 12, y + 27, "end", "Views:", "chart-title");
        double x = LABEL_WIDTH + 2;
        x = swatch(svg, x, y, 0, "0 (none)");
        for (Band band : bands) {
            x = swatch(svg, x, y, band.opacity(), band.label());
        }
    }

    private static double swatch(ChartSvg svg, double x, int y, double opacity, String label) {
        svg.rect(
                "chart-cell chart-key",
                x,
                y,
                CELL - 4,
                CELL - 4,
                " fill-opacity=\"" + String.format(Locale.ROOT, "%.2f", opacity) + "\"");
        svg.text(x + CELL + 6, y + 33, "start", label);
        return x + CELL + 26 + 15 * label.length();
    }

    /** The heat map in one sentence, for its label and under its heading. */
    public static String summary(long[][] grid) {
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
                + ReportNames.hour(bestHour) + ", " + best + (best == 1 ? " view." : " views.");
    }
}
