package org.clinic.kiosk.staff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinic.kiosk.BrowserTest;
import org.clinic.kiosk.KioskPage;
import org.clinic.kiosk.staff.StaffPins;
import org.clinic.kiosk.usage.UsageLog;
import org.clinic.kiosk.usage.UsageSeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

public class StaffBrowserIT extends BrowserTest {

    private static final String PIN = "482913";
    private static final Path DATA = Path.of("target/test-data");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    @Autowired
    private UsageLog usageLog;

    @BeforeEach
    void setPinAndSeedTheLog() throws Exception {
        StaffPins.set(DATA, PIN);
        UsageSeed.seed(usageLog, clock, DATA);
    }

    /** Picks both days in the date fields, as a staff member would, and waits for the report. */
    public static void pickDays(KioskPage page, LocalDate first, LocalDate last) {
        page.script(
                "for (const [id, day] of [['report-from', arguments[0]], ['report-to', arguments[1]]]) {"
                        + " const f = document.getElementById(id); f.value = day;"
                        + " f.dispatchEvent(new Event('change', {bubbles: true})); }",
                first.toString(),
                last.toString());
        page.waitForServer();
        String shown = "From " + DAY.format(first) + " to " + DAY.format(last) + ".";
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!shown.equals(rangeText(page))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The report did not show " + shown + " but " + rangeText(page));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String rangeText(KioskPage page) {
        try {
            return page.text("report-range");
        } catch (RuntimeException e) {
            return "(nothing yet: " + e.getClass().getSimpleName() + ")"; // being redrawn
        }
    }

    /** Events stored after this id, oldest first, as "visit kind detail". */
    private List<String[]> storedAfter(long id) throws Exception {
        assertTrue(usageLog.flush(Duration.ofSeconds(10)));
        List<String[]> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:sqlite:" + DATA.resolve("usage.db").toAbsolutePath());
                PreparedStatement query =
                        connection.prepareStatement("SELECT visit, kind, detail FROM event WHERE id > ? ORDER BY id")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        return rows;
    }

    private long lastEventId() throws Exception {
        assertTrue(usageLog.flush(Duration.ofSeconds(10)));
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:sqlite:" + DATA.resolve("usage.db").toAbsolutePath());
                ResultSet rs = connection.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM event")) {
            return rs.getLong(1);
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Signs in with the on-screen keypad, as staff at the kiosk would. */
    public static void signIn(KioskPage page, String pin) {
        page.waitUntilShown("staff-keypad");
        for (char digit : pin.toCharArray()) {
            page.tap("key-" + digit);
        }
        page.tap("staff-sign-in");
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String url) {
        return (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done({status: r.status, body: t,"
                        + " disposition: r.headers.get('content-disposition') || ''})))"
                        + ".catch(e => done({status: -1, body: String(e), disposition: ''}));",
                url);
    }

    @Test
    void holdingTheClinicNameForThreeSecondsOpensTheStaffSignInAndEndsTheVisit() throws Exception {
        long before = lastEventId();
        KioskPage page = open("home");
        String home = page.heading();
        WebElement name = driver.findElement(By.id("clinic-name"));
        name.click();
        page.waitForServer();
        assertEquals(home, page.heading(), "a tap on the clinic's name does nothing");
        assertFalse(driver.getCurrentUrl().contains("staff"));

        new Actions(driver)
                .clickAndHold(name)
                .pause(Duration.ofMillis(3400))
                .release()
                .perform();
        page.waitForHeading("Staff sign-in");
        assertTrue(driver.getCurrentUrl().endsWith("/staff"), driver.getCurrentUrl());
        assertTrue(page.shows("staff-keypad"));

        // the patient's visit ended, stored as ended by staff (read from the file itself)
        List<String[]> rows = storedAfter(before);
        List<String> what =
                rows.stream().map(r -> r[1] + " " + r[2]).map(String::strip).toList();
        assertEquals(List.of("visit_started", "visit_ended staff"), what);
        assertEquals(rows.get(0)[0], rows.get(1)[0], "the same visit");

        page.tap("staff-exit").waitForHeading("Welcome");
    }

    @Test
    void staffSignInPickARangeSeeTheReportAndDownloadItsCsv() {
        KioskPage page = open("staff");
        String sessionBefore = driver.manage().getCookieNamed("JSESSIONID").getValue();
        signIn(page, PIN);
        page.waitForHeading("Kiosk use");
        assertNotEquals(
                sessionBefore,
                driver.manage().getCookieNamed("JSESSIONID").getValue(),
                "signing in starts a new session id");
        LocalDate today = LocalDate.now(clock);
        assertEquals(today.minusDays(29).toString(), value("report-from"));
        page.tap("report-last-7");
        waiting().until(d -> today.minusDays(6).toString().equals(value("report-from")));
        assertEquals(today.toString(), value("report-to"));

        // a staff member picks the seeded week in the date fields
        pickDays(page, UsageSeed.FIRST_DAY, UsageSeed.LAST_DAY);
        waiting()
                .until(d -> page.text("report-range").equals("From Monday 1 December 2025 to Sunday 7 December 2025."));
        // worked out by hand from the events listed in UsageSeed
        assertEquals("5", page.text("figure-visits"));
        assertEquals("7", page.text("figure-topic-views"));
        assertEquals("2 (28.6%)", page.text("figure-voice"));
        assertEquals("2 (50.0%)", page.text("figure-not-understood"));
        assertTrue(page.text("top-topics-1").contains("Hospice care"), page.text("top-topics-1"));

        String href = driver.findElement(By.id("report-csv")).getDomProperty("href");
        Map<String, Object> csv = fetch(href);
        assertEquals(200L, ((Number) csv.get("status")).longValue(), String.valueOf(csv.get("body")));
        assertTrue(
                csv.get("disposition").toString().contains("kiosk-use-2025-12-01-to-2025-12-07.csv"),
                csv.get("disposition").toString());
        List<String> rows =
                Arrays.asList(csv.get("body").toString().replace("\uFEFF", "").split("\r\n"));
        assertEquals("section,item,value", rows.getFirst());
        assertEquals(
                List.of(
                        "range,first day,2025-12-01",
                        "range,last day,2025-12-07",
                        "summary,Visits,5",
                        "summary,Topic views,7",
                        "summary,Topic views by touch,5",
                        "summary,Topic views by voice,2",
                        "summary,Share by voice (%),28.6",
                        "summary,Spoken questions,4",
                        "summary,Spoken questions not understood,2",
                        "summary,Not understood rate (%),50.0",
                        "summary,Read aloud uses,2",
                        "summary,Need help now? card opened,0",
                        "topic views,Hospice care,3",
                        "topic views,Clinical trials,1",
                        "topic views,Palliative care,1",
                        "topic views,retired-topic (no longer shown),1",
                        "topic views,When to ask for help,1",
                        "category views,Planning ahead,5",
                        "category views,Coping and support,1",
                        "category views,Treatment and decisions,1"),
                rows.subList(1, 21));
        assertTrue(
                rows.containsAll(List.of(
                        "views by weekday and hour,Monday 10:00 to 11:00,4",
                        "views by weekday and hour,Tuesday 14:00 to 15:00,2",
                        "views by weekday and hour,Thursday 10:00 to 11:00,1",
                        "views by weekday and hour,Monday 09:00 to 10:00,0",
                        "daily visits,2025-12-01,2",
                        "daily topic views,2025-12-01,4",
                        "daily visits,2025-12-02,2",
                        "daily topic views,2025-12-02,2",
                        "daily visits,2025-12-03,0",
                        "daily visits,2025-12-04,1",
                        "daily topic views,2025-12-04,1",
                        "daily visits,2025-12-07,0")),
                rows.toString());
        assertEquals(
                7 * 24,
                rows.stream()
                        .filter(r -> r.startsWith("views by weekday and hour,"))
                        .count());
        assertEquals(
                4 + 2 + 1,
                rows.stream()
                        .filter(r -> r.startsWith("views by weekday and hour,"))
                        .mapToLong(r -> Long.parseLong(r.substring(r.lastIndexOf(',') + 1)))
                        .sum(),
                "the week's 7 topic views, each in its hour");
        assertEquals(7, rows.stream().filter(r -> r.startsWith("daily visits,")).count());
        assertFalse(rows.contains("daily visits,2025-12-08,1"), "the day after the week is not in it");
        assertEquals(1 + 20 + 7 * 24 + 2 * 7, rows.size(), rows.toString());

        // signed out, the same link gives nothing
        page.tap("staff-exit").waitForHeading("Welcome");
        Map<String, Object> after = fetch(href);
        assertFalse(after.get("body").toString().contains("summary,Visits"), after.toString());
        assertTrue(open("staff/reports").waitForHeading("Staff sign-in").shows("staff-keypad"));
    }

    @Test
    void wrongPinSaysHowManyTriesAreLeft() {
        KioskPage page = open("staff");
        signIn(page, "111111");
        waiting().until(d -> page.text("staff-login-message").startsWith("That PIN is not right. 2 more tries"));
        signIn(page, PIN);
        page.waitForHeading("Kiosk use");
        page.tap("staff-exit").waitForHeading("Welcome");
    }
}
