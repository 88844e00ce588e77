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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.clinic.kiosk.staff.ReportCharts;
import org.clinic.kiosk.staff.ReportNames;
import org.clinic.kiosk.usage.UsageReport;

/** One report on screen: the figures, most-read topics and categories, the heat map and the trend. */
class ReportPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    ReportPanel(UsageReport report, ReportNames names) {
        setId("report");
        addClassName("report");
        Paragraph range = new Paragraph("From " + DAY.format(report.from()) + " to " + DAY.format(report.to()) + ".");
        range.setId("report-range");
        add(
                range,
                summary(report),
                countTable("top-topics", "Most-read topics", "Topic", report.topTopics(), names::topic),
                countTable(
                        "top-categories",
                        "Most-read groups of topics",
                        "Group",
                        report.topCategories(),
                        names::category),
                heatMap(report.viewsByWeekdayHour()),
                trend(report.daily()));
    }

    private static Section summary(UsageReport report) {
        Div figures = new Div();
        figures.addClassName("figures");
        figures.add(figure("figure-visits", "Visits", Long.toString(report.visits())));
        figures.add(figure("figure-topic-views", "Topic views", Long.toString(report.topicViews())));
        figures.add(figure(
                "figure-touch",
                "Reached by touch",
                report.touchViews() + " ("
                        + ReportNames.percent(
                                report.topicViews() == 0 ? 0 : (double) report.touchViews() / report.topicViews())
                        + ")"));
        figures.add(figure(
                "figure-voice",
                "Reached by voice",
                report.voiceViews() + " (" + ReportNames.percent(report.voiceShare()) + ")"));
        figures.add(figure("figure-voice-questions", "Spoken questions", Long.toString(report.voiceQuestions())));
        figures.add(figure(
                "figure-not-understood",
                "Not understood",
                report.voiceNotUnderstood() + " (" + ReportNames.percent(report.notUnderstoodRate()) + ")"));
        figures.add(figure("figure-read-aloud", "Read aloud uses", Long.toString(report.readAloudUses())));
        figures.add(figure("figure-help-card", "Need help now? opened", Long.toString(report.helpCardOpenings())));
        return section("report-summary", "Summary", figures);
    }

    private static Div figure(String id, String label, String value) {
        Span number = new Span(value);
        number.setId(id);
        number.addClassName("figure-value");
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Div figure = new Div(caption, number);
        figure.addClassName("figure");
        return figure;
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

    private static Section heatMap(long[][] grid) {
        Div chart = svg(ReportCharts.heatMap(grid));
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
        return section("heat-section", "When the kiosk is used", chart, details("heat-details", table));
    }

    private static Section trend(List<UsageReport.DailyCount> days) {
        Div chart = svg(ReportCharts.dailyTrend(days));
        chart.setId("daily-trend");
        NativeTable table = table("daily-table", "Visits and topic views per day", "Day", "Visits", "Topic views");
        for (UsageReport.DailyCount day : days) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(DAY.format(day.day()));
            row.getHeaderCell(0).ifPresent(cell -> cell.getElement().setAttribute("scope", "row"));
            row.addDataCell().setText(Long.toString(day.visits()));
            row.addDataCell().setText(Long.toString(day.topicViews()));
        }
        return section("trend-section", "Day by day", chart, details("daily-details", table));
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
