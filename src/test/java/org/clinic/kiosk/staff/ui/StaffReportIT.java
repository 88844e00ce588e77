package org.clinic.kiosk.staff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinic.kiosk.staff.ReportDates;
import org.clinic.kiosk.topic.ui.HomeView;
import org.clinic.kiosk.usage.UsageReports;
import org.clinic.kiosk.usage.UsageSeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What staff see at the top of the report and around its figures (issue 14): the health line and
 * its link, the chosen range pressed and named, one way of writing dates, voice figures left out
 * with the reason while voice is off (the test app has no speech model), charts left out when
 * there is nothing to draw, and "Need help now?" openings counted.
 */
class StaffReportIT extends SignedInStaff {

    /** Any day written out with a month's name, however it is written. */
    private static final Pattern ANY_DAY = Pattern.compile(
            "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?\\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
                    + "|Oct|Nov|Dec)[a-z]*\\.?(?:,? \\d{4})?");

    private static final Pattern REPORT_DAY = Pattern.compile(
            "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)" + " \\d{4}");

    @Autowired
    private UsageReports usageReports;

    private boolean shown(String id) {
        return $(Component.class).withId(id).exists();
    }

    private void pick(LocalDate first, LocalDate last) {
        $(DayPicker.class).id("report-from").setValue(first);
        $(DayPicker.class).id("report-to").setValue(last);
    }

    private String pressed(String id) {
        return button(id).getElement().getAttribute("aria-pressed");
    }

    @Test
    void theTopOfTheReportSaysHowTheKioskIsAndLinksToTheHealthPanel() {
        signIn();
        // the test app has no speech model: voice is off because Vosk cannot start
        assertEquals("Voice: off, Vosk is not working.", text("health-status-voice"));
        assertEquals("Usage database: OK.", text("health-status-database"));
        assertEquals("No warnings.", text("health-status-warnings"));
        assertEquals(
                "Voice: off, Vosk is not working. · Usage database: OK. · No warnings. · Kiosk health details",
                text("health-status"));

        Anchor link = $(Anchor.class).id("health-status-link");
        assertEquals("#" + HealthPanel.HEADING, link.getHref());
        assertEquals(HealthPanel.HEADING, link.getElement().getAttribute("data-jump"));
        H2 target = $(H2.class).id(HealthPanel.HEADING);
        assertEquals("Kiosk health", target.getText());
        assertEquals("-1", target.getElement().getAttribute("tabindex"), "the link can move the focus there");

        // the line comes right under the page's heading, before the range and the report
        List<String> order = $(StaffReportView.class)
                .single()
                .getChildren()
                .map(c -> c.getId().orElse(c.getElement().getTag()))
                .toList();
        assertEquals(List.of("h1", "health-status"), order.subList(0, 2), order.toString());
        assertTrue(order.indexOf("health-status") < order.indexOf("report-area"), order.toString());
    }

    @Test
    void aWarningShowsInTheTopLineAsWellAsInThePanel() throws Exception {
        Path damaged = DATA.resolve("usage.db.damaged-20251202-091500");
        Files.writeString(damaged, "not a database");
        try {
            signIn();
            assertEquals("Usage database: has a problem (see the warnings).", text("health-status-database"));
            assertEquals("1 warning.", text("health-status-warnings"));
            assertTrue($(Component.class).id("health-status").hasClassName("urgent"));
        } finally {
            Files.deleteIfExists(damaged);
        }
    }

    @Test
    void theChosenRangeIsPressedAndNamedInTheHeading() {
        signIn();
        LocalDate today = LocalDate.now(clock);
        assertEquals("true", pressed("report-last-30"));
        assertEquals("false", pressed("report-last-7"));
        assertEquals("Showing: last 30 days, " + ReportDates.range(today.minusDays(29), today), text("report-range"));

        tap("report-last-7");
        assertEquals("true", pressed("report-last-7"));
        assertEquals("false", pressed("report-last-30"));
        assertEquals("Showing: last 7 days, " + ReportDates.range(today.minusDays(6), today), text("report-range"));

        pick(UsageSeed.FIRST_DAY, UsageSeed.LAST_DAY);
        assertEquals("false", pressed("report-last-7"));
        assertEquals("false", pressed("report-last-30"));
        assertEquals("Showing: Mon 1 Dec 2025 to Sun 7 Dec 2025", text("report-range"));
    }

    @Test
    void everyDayOnThePageIsWrittenTheSameWay() {
        signIn();
        pick(UsageSeed.FIRST_DAY, UsageSeed.LAST_DAY);
        String page = text("staff-report-view") + " "
                + stripTags($(Component.class).id("heat-map").getElement().getProperty("innerHTML", "")) + " "
                + stripTags($(Component.class).id("daily-trend").getElement().getProperty("innerHTML", ""));
        List<String> days = new ArrayList<>();
        Matcher any = ANY_DAY.matcher(page);
        while (any.find()) {
            days.add(any.group());
        }
        // the heading, the chart's summary, its day axis (every other day), the table's 7 days, the health panel
        assertTrue(days.size() >= 2 + 1 + 4 + 7, days.toString());
        for (String day : days) {
            assertTrue(REPORT_DAY.matcher(day).matches(), "written another way: " + day + " in " + days);
        }
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(page).find(), "no ISO dates on screen");
        assertFalse(Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}").matcher(page).find(), "no 1/12/2025 dates");
    }

    private static String stripTags(String svg) {
        return svg.replaceAll("<[^>]+>", " ");
    }

    @Test
    void voiceFiguresAreLeftOutWithTheReasonWhileVoiceIsOff() {
        signIn();
        // the Monday after the seeded week: one visit, one topic by touch, no voice
        pick(UsageSeed.DAY_AFTER, UsageSeed.DAY_AFTER);
        assertEquals("Voice is off on this kiosk, so there are no voice figures.", text("voice-figures-note"));
        assertFalse(shown("voice-figures"));
        assertFalse(shown("figure-voice"));
        assertFalse(shown("figure-not-understood"));
        assertFalse(text("report-figures").contains("0 (0.0%)"), text("report-figures"));
        assertEquals("1 (100.0%)", $(Span.class).id("figure-touch").getText());

        // the seeded week has voice use from when it was on: shown, and said to be from then
        pick(UsageSeed.FIRST_DAY, UsageSeed.LAST_DAY);
        assertEquals(
                "Voice is off on this kiosk now: the voice figures below are from days when it was on.",
                text("voice-figures-note"));
        assertEquals("2 (28.6%)", $(Span.class).id("figure-voice").getText());
        assertEquals("2 (50.0%)", $(Span.class).id("figure-not-understood").getText());
    }

    @Test
    void rangesWithNothingInThemSayWhyThereAreNoChartsAndNoShares() {
        signIn();
        // a week before any test writes: nobody used the kiosk
        pick(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 9));
        assertEquals("0", $(Span.class).id("figure-touch").getText(), "no share of nothing");
        assertEquals("No topic views in this range, so there is no heat map.", text("heat-none"));
        assertEquals("No visits or topic views in this range, so there is no day-by-day chart.", text("daily-none"));
        assertFalse(shown("heat-map"));
        assertFalse(shown("daily-trend"));
    }

    @Test
    void theChartsHaveAKeyNamedAxesAndASummaryInWords() {
        signIn();
        pick(UsageSeed.FIRST_DAY, UsageSeed.LAST_DAY);
        String heat = $(Component.class).id("heat-map").getElement().getProperty("innerHTML", "");
        // the busiest hour has 4 views: one shade for each count
        for (String key : List.of(">Views:<", ">0 (none)<", ">1<", ">2<", ">3<", ">4<", ">Weekday<")) {
            assertTrue(heat.contains(key), key + " in " + heat);
        }
        assertEquals(
                "Topic views by weekday and hour. Busiest: Monday 10:00 to 11:00, 4 views. The stronger the color"
                        + " of a square, the more views; the key under the squares gives the numbers each shade stands"
                        + " for.",
                text("heat-summary"));
        String trend = $(Component.class).id("daily-trend").getElement().getProperty("innerHTML", "");
        for (String label :
                List.of(">Number per day<", ">Day<", ">Mon 1 Dec 2025<", ">Wed 3 Dec 2025<", ">Sun 7 Dec 2025<")) {
            assertTrue(trend.contains(label), label + " in " + trend);
        }
        assertEquals(
                "Daily trend over 7 days: 5 visits and 7 topic views. Busiest day: Mon 1 Dec 2025, 4 topic views and"
                        + " 2 visits.",
                text("daily-summary"));
        assertTrue(shown("heat-table") && shown("daily-table"), "the numbers as tables, for screen readers too");
    }

    @Test
    void openingNeedHelpNowIsCountedOnTheReport() throws Exception {
        LocalDate today = LocalDate.now(clock);
        assertTrue(usageLog.flush(Duration.ofSeconds(10)));
        long before = usageReports.report(today.minusDays(6), today).helpCardOpenings();

        navigate(HomeView.class);
        tap("help-now");
        assertTrue(shown("help-card"));
        assertTrue(usageLog.flush(Duration.ofSeconds(10)));

        signIn();
        tap("report-last-7");
        assertEquals(
                Long.toString(before + 1), $(Span.class).id("figure-help-card").getText(), "one more opening");
        assertTrue(
                text("report-figures").contains("“Need help now?” card opened" + (before + 1)), text("report-figures"));
    }
}
