package org.clinic.kiosk.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.clinic.kiosk.staff.DailyTrendChart;
import org.clinic.kiosk.staff.HeatMapChart;
import org.clinic.kiosk.staff.ReportDates;
import org.clinic.kiosk.staff.ReportNames;
import org.clinic.kiosk.usage.UsageReport;

/**
 * One report on screen: which days it shows, the figures, most-read topics and categories, the
 * heat map and the trend, each chart with its summary in words and its numbers as a table.
 */
class ReportPanel extends Div {

    /**
     * @param rangeName "last 7 days" when the range is one of the quick choices, else empty
     * @param voiceOn   voice input is offered on this kiosk now
     */
    ReportPanel(UsageReport report, ReportNames names, Optional<String> rangeName, boolean voiceOn) {
        setId("report");
        addClassName("report");
        H2 range = new H2(showing(report.from(), report.to(), rangeName));
        range.setId("report-range");
        range.addClassName("report-showing");
        add(
                range,
                section("report-summary", "Summary", new ReportFigures(report, voiceOn)),
                countTable("top-topics", "Most-read topics", "Topic", report.topTopics(), names::topic),
                countTable(
                        "top-categories",
                        "Most-read groups of topics",
                        "Group",
                        report.topCategories(),
                        names::category),
                heatMap(report.viewsByWeekdayHour(), report.topicViews()),
                trend(report.daily()));
    }

    /** "Showing: last 7 days, Tue 24 Nov 2026 to Mon 30 Nov 2026" or "Showing: Mon 1 Dec 2025 to ...". */
    static String showing(LocalDate from, LocalDate to, Optional<String> rangeName) {
        return "Showing: " + rangeName.map(name -> name + ", ").orElse("") + ReportDates.range(from, to);
    }

    private static Section countTable(
            String id, String title, String what, List<UsageReport.Count> counts, Function<String, String> name) {
        if (counts.isEmpty()) {
            Paragraph none = new Paragraph("No topic views in this range.");
            none.setId(id);
            return section(id + "-section", title, none);
        }
        long max = Math.max(1, counts.getFirst().count());
        NativeTable table = table(id, title, "Rank", what, "Views");
        table.addClassName("count-table");
        int rank = 1;
        for (UsageReport.Count count : counts) {
            NativeTableRow row = table.getBody().addRow();
            row.setId(id + "-" + rank);
            row.addDataCell().setText(Integer.toString(rank++));
            row.addHeaderCell().setText(name.apply(count.id()));
            row.getHeaderCell(0).ifPresent(cell -> cell.getElement().setAttribute("scope", "row"));
            Span bar = new Span();
            bar.addClassName("bar");
            bar.getElement().setAttribute("aria-hidden", "true");
            bar.getStyle().set("width", Math.round(240.0 * count.count() / max) + "px");
            Span number = new Span(Long.toString(count.count()));
            row.addDataCell().add(number, bar);
        }
        return section(id + "-section", title, table);
    }

    private static Section heatMap(long[][] grid, long topicViews) {
        if (topicViews == 0) {
            return section(
                    "heat-section",
                    "When the kiosk is used",
                    none("heat-none", "No topic views in this range, so there is no heat map."));
        }
        Div chart = svg(HeatMapChart.svg(grid));
        chart.setId("heat-map");
        NativeTable table = table(
                "heat-table",
                "Topic views by hour (rows) and weekday (columns)",
                "Hour",
                ReportNames.weekday(0),
                ReportNames.weekday(1),
                ReportNames.weekday(2),
                ReportNames.weekday(3),
                ReportNames.weekday(4),
                ReportNames.weekday(5),
                ReportNames.weekday(6));
        for (int hour = 0; hour < 24; hour++) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(ReportNames.hour(hour));
            row.getHeaderCell(0).ifPresent(cell -> cell.getElement().setAttribute("scope", "row"));
            for (int day = 0; day < 7; day++) {
                row.addDataCell().setText(Long.toString(grid[day][hour]));
            }
        }
        return section(
                "heat-section",
                "When the kiosk is used",
                summary(
                        "heat-summary",
                        HeatMapChart.summary(grid) + " The stronger the color of a square, the more views; the key"
                                + " under the squares gives the numbers each shade stands for."),
                chart,
                details("heat-details", table));
    }

    private static Section trend(List<UsageReport.DailyCount> days) {
        if (days.stream().allMatch(day -> day.visits() == 0 && day.topicViews() == 0)) {
            return section(
                    "trend-section",
                    "Day by day",
                    none("daily-none", "No visits or topic views in this range, so there is no day-by-day chart."));
        }
        Div chart = svg(DailyTrendChart.svg(days));
        chart.setId("daily-trend");
        NativeTable table = table("daily-table", "Visits and topic views per day", "Day", "Visits", "Topic views");
        for (UsageReport.DailyCount day : days) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(ReportDates.day(day.day()));
            row.getHeaderCell(0).ifPresent(cell -> cell.getElement().setAttribute("scope", "row"));
            row.addDataCell().setText(Long.toString(day.visits()));
            row.addDataCell().setText(Long.toString(day.topicViews()));
        }
        return section(
                "trend-section",
                "Day by day",
                summary("daily-summary", DailyTrendChart.summary(days)),
                chart,
                details("daily-details", table));
    }

    /** A chart left out, with the reason. */
    private static Paragraph none(String id, String why) {
        Paragraph none = new Paragraph(why);
        none.setId(id);
        none.addClassName("report-note");
        return none;
    }

    /** A chart's summary in words, over it, for everyone (its image label says the same to screen readers). */
    private static Paragraph summary(String id, String text) {
        Paragraph summary = new Paragraph(text);
        summary.setId(id);
        summary.addClassName("chart-summary");
        return summary;
    }

    /**
     * A box holding server-drawn SVG. Set as inner HTML so the browser's own parser reads it
     * ({@code Html} would lower-case {@code viewBox} and the chart would lose its size).
     */
    private static Div svg(String svg) {
        Div box = new Div();
        box.addClassName("chart-box");
        box.getElement().setProperty("innerHTML", svg);
        return box;
    }

    private static NativeDetails details(String id, NativeTable table) {
        NativeDetails details = new NativeDetails("Show the numbers as a table", table);
        details.setId(id);
        details.addClassName("chart-numbers");
        return details;
    }

    private static NativeTable table(String id, String caption, String... columns) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("report-table");
        table.setCaptionText(caption);
        table.getCaption().addClassName("visually-hidden");
        NativeTableRow head = table.getHead().addRow();
        for (String column : columns) {
            head.addHeaderCell().setText(column);
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        return table;
    }

    private static Section section(String id, String title, Component... content) {
        Section section = new Section(new H2(title));
        section.setId(id);
        section.addClassName("report-section");
        section.add(content);
        return section;
    }
}
