package org.clinic.kiosk.report.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clinic.kiosk.FixedUsageReports;
import org.clinic.kiosk.KioskBrowserlessTest;
import org.clinic.kiosk.base.WelcomeView;
import org.clinic.kiosk.report.StaffPins;
import org.clinic.kiosk.topic.ui.HomeView;
import org.clinic.kiosk.topic.ui.TopicView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffAreaIT extends KioskBrowserlessTest {

    private static final Path DATA = Path.of("target/test-data");
    private static final String PIN = "482913";

    @BeforeEach
    void setPin() {
        StaffPins.set(DATA, PIN);
    }

    @AfterEach
    void signOut() {
        StaffAccess.end();
    }

    private void enter(String pin) {
        for (char digit : pin.toCharArray()) {
            tap("key-" + digit);
        }
        tap("staff-sign-in");
    }

    private void signIn() {
        navigate(StaffLoginView.class);
        enter(PIN);
        assertInstanceOf(StaffReportView.class, getCurrentView());
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    private String loginMessage() {
        return $(Paragraph.class).id("staff-login-message").getText();
    }

    private LocalDate[] lastRequest() {
        return FixedUsageReports.REQUESTS.getLast();
    }

    @Test
    void withoutAPinTheSignInSaysHowToSetOneAndNobodyGetsIn() {
        StaffPins.remove(DATA);
        navigate(StaffLoginView.class);
        assertEquals("Staff sign-in", heading());
        String help = text("staff-no-pin");
        assertTrue(help.contains("No staff PIN has been set"), help);
        assertTrue(help.contains("java -jar recurrence-kiosk.jar staff-pin"), help);
        assertTrue(help.contains("./kiosk staff-pin"), help);
        assertFalse(buttonShown("staff-sign-in"));
        assertFalse(buttonShown("key-1"));

        assertInstanceOf(StaffLoginView.class, navigate("staff/reports", StaffLoginView.class));
    }

    @Test
    void rightPinShowsTheReportWithTheLogsFigures() {
        signIn();
        LocalDate today = LocalDate.now(clock);
        assertEquals("Kiosk use", heading());
        assertArrayEquals(new LocalDate[] {today.minusDays(29), today}, lastRequest());
        assertEquals(today.minusDays(29).toString(), $(Input.class).id("report-from").getValue());
        assertEquals(today.toString(), $(Input.class).id("report-to").getValue());

        assertEquals("42", $(Span.class).id("figure-visits").getText());
        assertEquals("130", $(Span.class).id("figure-topic-views").getText());
        assertEquals("118 (90.8%)", $(Span.class).id("figure-touch").getText());
        assertEquals("12 (9.2%)", $(Span.class).id("figure-voice").getText());
        assertEquals("16", $(Span.class).id("figure-voice-questions").getText());
        assertEquals("4 (25.0%)", $(Span.class).id("figure-not-understood").getText());
        assertEquals("9", $(Span.class).id("figure-read-aloud").getText());

        assertEquals("1Hospice care31", rowText("top-topics-1"));
        assertEquals("2Clinical trials24", rowText("top-topics-2"));
        assertEquals("4retired-topic (no longer shown)3", rowText("top-topics-4"));
        assertEquals("1Planning ahead60", rowText("top-categories-1"));
        assertEquals("4Understanding recurrence10", rowText("top-categories-4"));

        assertTrue($(Component.class).id("heat-map").getElement().getProperty("innerHTML", "").contains(
                "aria-label=\"Topic views by weekday and hour. Busiest: Tuesday 10:00 to 11:00, 12 views.\""));
        String heatTable = text("heat-table");
        assertTrue(heatTable.contains("10:00 to 11:00"), heatTable);
        assertTrue(text("heat-section").contains("When the kiosk is used"));
        assertTrue(text("daily-table").contains("42130"), "the last day's visits and views: " + text("daily-table"));

        assertEquals("Not installed (nothing in the voice-models folder). Voice input is not built into this version"
                + " yet, so the kiosk is touch-only.", text("health-speech-model"));
        assertEquals("Never (voice input is not built yet)", text("health-microphone"));
        assertEquals("2.2 MB (data/usage.sqlite)", text("health-database"));
        assertEquals("21 November 2026, 08:00", text("health-last-event"));
        assertEquals("0", text("health-queue"));
        assertEquals(FixedUsageReports.WARNING, text("health-warnings"));
        assertEquals("development build", text("health-version"));
        assertTrue($(Anchor.class).id("report-csv").getHref().startsWith("VAADIN/dynamic/resource/"),
                $(Anchor.class).id("report-csv").getHref());
    }

    private String rowText(String id) {
        NativeTableRow row = $(NativeTableRow.class).id(id);
        return row.getElement().getTextRecursively();
    }

    @Test
    void quickRangesAndChosenDaysAskTheLogForThoseDays() {
        signIn();
        LocalDate today = LocalDate.now(clock);
        tap("report-last-7");
        assertArrayEquals(new LocalDate[] {today.minusDays(6), today}, lastRequest());
        assertEquals(today.minusDays(6).toString(), $(Input.class).id("report-from").getValue());

        $(Input.class).id("report-from").setValue("2026-01-05");
        assertArrayEquals(new LocalDate[] {LocalDate.of(2026, 1, 5), today}, lastRequest());
        assertTrue(text("report-range").startsWith("From Monday 5 January 2026 to "), text("report-range"));
        assertTrue(text("daily-table").startsWith("Visits and topic views per dayDayVisitsTopic viewsMonday 5 January 2026"),
                text("daily-table"));
    }

    @Test
    void aFirstDayAfterTheLastDayIsExplainedAndTheReportStays() {
        signIn();
        int before = FixedUsageReports.REQUESTS.size();
        $(Input.class).id("report-from").setValue(LocalDate.now(clock).plusDays(3).toString());
        assertEquals("The first day must be on or before the last day. The report below is unchanged.",
                $(Paragraph.class).id("report-range-message").getText());
        assertEquals(before, FixedUsageReports.REQUESTS.size());
        assertEquals("42", $(Span.class).id("figure-visits").getText());
        $(Input.class).id("report-from").setValue("");
        assertEquals("Please choose both a first and a last day.", $(Paragraph.class).id("report-range-message").getText());
    }

    @Test
    void fiveWrongPinsLockSignInForFiveMinutesAndSayHowLong() {
        navigate(StaffLoginView.class);
        enter("111111");
        assertEquals("That PIN is not right. 4 more tries before sign-in is locked for 5 minutes.", loginMessage());
        enter("222222");
        enter("333333");
        enter("444444");
        assertEquals("That PIN is not right. 1 more try before sign-in is locked for 5 minutes.", loginMessage());
        enter("555555");
        assertEquals("Sign-in is locked after 5 wrong tries. Try again in 5 minutes.", loginMessage());

        enter(PIN);
        assertInstanceOf(StaffLoginView.class, getCurrentView(), "even the right PIN waits for the lock");
        waitSeconds(100);
        assertEquals("Sign-in is locked after 5 wrong tries. Try again in 3 minutes 20 seconds.", loginMessage());

        // nobody touched the sign-in screen for the kiosk's idle time: it goes back to the patients' start
        waitSeconds(200);
        assertInstanceOf(WelcomeView.class, getCurrentView());

        navigate(StaffLoginView.class);
        assertTrue(loginMessage().isEmpty(), loginMessage());
        enter(PIN);
        assertInstanceOf(StaffReportView.class, getCurrentView());
    }

    @Test
    void idleStaffAreSignedOutAndTheScreenGoesBackToPatients() {
        signIn();
        waitSeconds(4 * 60 + 50);
        assertInstanceOf(StaffReportView.class, getCurrentView());
        waitSeconds(10);
        assertInstanceOf(WelcomeView.class, getCurrentView());
        assertInstanceOf(StaffLoginView.class, navigate("staff/reports", StaffLoginView.class));
    }

    @Test
    void signingOutLeavesNoWayBackIntoTheStaffArea() {
        signIn();
        tap("staff-exit");
        assertInstanceOf(WelcomeView.class, getCurrentView());
        tap("start");
        tap("back");
        assertInstanceOf(WelcomeView.class, getCurrentView());
        assertInstanceOf(StaffLoginView.class, navigate("staff/reports", StaffLoginView.class));
    }

    @Test
    void theKiosksIdleResetEndsAStaffSessionLeftOpen() {
        signIn();
        navigate(HomeView.class);
        waitSeconds(110);
        assertInstanceOf(WelcomeView.class, getCurrentView());
        assertInstanceOf(StaffLoginView.class, navigate("staff/reports", StaffLoginView.class));
    }

    @Test
    void patientScreensOfferNoWayIntoTheStaffArea() {
        for (Class<? extends Component> view : List.of(WelcomeView.class, HomeView.class)) {
            navigate(view);
            assertFalse($(Anchor.class).all().stream().anyMatch(a -> a.getHref().contains("staff")));
            assertFalse($(NativeButton.class).all().stream().anyMatch(b -> b.getId().orElse("").startsWith("staff")));
        }
        navigate("topic/hospice-care", TopicView.class);
        assertFalse($(NativeButton.class).all().stream().anyMatch(b -> b.getId().orElse("").startsWith("staff")));
        // without signing in, the reports' address shows the sign-in
        assertInstanceOf(StaffLoginView.class, navigate("staff/reports", StaffLoginView.class));
        assertFalse($(NativeTableCell.class).exists());
    }
}
