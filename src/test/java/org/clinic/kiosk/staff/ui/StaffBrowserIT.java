package org.clinic.kiosk.staff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clinic.kiosk.BrowserTest;
import org.clinic.kiosk.KioskPage;
import org.clinic.kiosk.staff.ReportDates;
import org.clinic.kiosk.staff.StaffPins;
import org.clinic.kiosk.usage.UsageLog;
import org.clinic.kiosk.usage.UsageSeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

public class StaffBrowserIT extends BrowserTest {

    private static final String PIN = "482913";
    private static final Path DATA = Path.of("target/test-data");
    private static final Path SCREENS = Path.of("target/screens");
    private static final List<String> AXE_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag2aaa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    @Autowired
    private UsageLog usageLog;

    @BeforeEach
    void setPinAndSeedTheLog() throws Exception {
        StaffPins.set(DATA, PIN);
        UsageSeed.seed(usageLog, clock, DATA);
    }

    /** Picks both days in the date fields, as a staff member would, and waits for the report. */
    public static void pickDays(KioskPage page, LocalDate first, LocalDate last) {
        for (String[] pick : new String[][] {{"report-from", first.toString()}, {"report-to", last.toString()}}) {
            // year, month, day: each list as staff would choose it, each a change of its own
            String[] ymd = pick[1].split("-");
            page.script(
                    "for (const [part, value] of [['year', arguments[1]], ['month', arguments[2]], ['day', arguments[3]]]) {"
                            + " const list = document.getElementById(arguments[0] + '-' + part); list.value = value;"
                            + " list.dispatchEvent(new Event('change', {bubbles: true})); }",
                    pick[0],
                    ymd[0],
                    Integer.toString(Integer.parseInt(ymd[1])),
                    Integer.toString(Integer.parseInt(ymd[2])));
            page.waitForServer();
        }
        page.waitForServer();
        String shown = "Showing: " + ReportDates.range(first, last);
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

    /** The day a picker shows, as 2025-12-01, read from its three lists. */
    private String value(String id) {
        int year = Integer.parseInt(driver.findElement(By.id(id + "-year")).getDomProperty("value"));
        int month = Integer.parseInt(driver.findElement(By.id(id + "-month")).getDomProperty("value"));
        int day = Integer.parseInt(driver.findElement(By.id(id + "-day")).getDomProperty("value"));
        return LocalDate.of(year, month, day).toString();
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
        waiting().until(d -> page.text("report-range").equals("Showing: Mon 1 Dec 2025 to Sun 7 Dec 2025"));
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

    private final List<String> serious = new ArrayList<>();

    /** The screen as it is now, in target/screens/ on every run, for a reviewer to look at. */
    private void save(String name) throws Exception {
        Files.createDirectories(SCREENS);
        Files.write(SCREENS.resolve("staff-report-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** axe-core, WCAG 2.2 A to AAA: serious and critical findings are collected, the rest printed. */
    private void axe(String state) {
        for (Rule rule : new AxeBuilder().withTags(AXE_TAGS).analyze(driver).getViolations()) {
            String line = state + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                    + rule.getNodes().stream()
                            .map(n -> n.getTarget().toString())
                            .toList();
            System.out.println("axe " + line);
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(line);
            }
        }
    }

    /** Scrolls the report so this part is at the top of the screen. */
    private void scrollTo(KioskPage page, String id) {
        page.script(
                "const box = document.getElementById('staff-content');"
                        + " const part = document.getElementById(arguments[0]);"
                        + " box.scrollTop += part.getBoundingClientRect().top - box.getBoundingClientRect().top - 16;",
                id);
    }

    /** Where this element is on the screen now: its top and bottom in CSS pixels. */
    private long[] place(KioskPage page, String id) {
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) page.script(
                "const r = document.getElementById(arguments[0]).getBoundingClientRect(); return [r.top, r.bottom];",
                id);
        return new long[] {box.get(0).longValue(), box.get(1).longValue()};
    }

    @Test
    void theReportAsStaffSeeItHealthFirstAJumpToThePanelKeyedChartsAndNoSeriousAxeFinding() throws Exception {
        try {
            walkTheReport();
        } finally {
            driver.manage().deleteAllCookies(); // signed out even if a step failed
        }
        assertEquals(List.of(), serious);
    }

    private void walkTheReport() throws Exception {
        KioskPage page = open("staff");
        signIn(page, PIN);
        page.waitForHeading("Kiosk use");

        // the health line is on the first screen, under the heading, without scrolling
        long[] status = place(page, "health-status");
        assertTrue(status[0] > 0 && status[1] < LANDSCAPE.height / 3, Arrays.toString(status));
        assertEquals(
                "Voice: off, Vosk is not working. · Usage database: OK. · No warnings. · Kiosk health details",
                page.text("health-status"));
        assertEquals("true", driver.findElement(By.id("report-last-30")).getDomAttribute("aria-pressed"));
        assertTrue(page.text("report-range").startsWith("Showing: last 30 days, "), page.text("report-range"));
        save("1-top-last-30-days");
        axe("report, last 30 days");

        // by keyboard: the link is the next stop after the page's heading; Enter jumps to the panel
        String address = driver.getCurrentUrl();
        page.script("document.querySelector('#staff-content h1').focus();");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals("health-status-link", driver.switchTo().activeElement().getDomAttribute("id"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waiting()
                .until(d -> "health-heading".equals(d.switchTo().activeElement().getDomAttribute("id")));
        waiting().until(d -> place(page, "health-heading")[0] >= 0 && place(page, "health-heading")[0] < 200);
        assertEquals(address, driver.getCurrentUrl(), "the jump stays on the report");
        assertEquals(0L, place(page, "staff-area")[0], "only the content scrolled, the frame stayed in place");
        assertTrue(page.shows("staff-exit"));
        assertEquals("Kiosk use", page.heading());
        save("2-health-after-the-jump");

        // the seeded week: every chart has something to show
        pickDays(page, UsageSeed.FIRST_DAY, UsageSeed.LAST_DAY);
        assertEquals("false", driver.findElement(By.id("report-last-30")).getDomAttribute("aria-pressed"));
        scrollTo(page, "report-range");
        save("3-seeded-week-figures");
        scrollTo(page, "heat-section");
        save("4-seeded-week-heat-map");
        scrollTo(page, "trend-section");
        save("5-seeded-week-day-by-day");
        page.script("document.querySelectorAll('details').forEach(d => d.open = true);");
        axe("report, seeded week, tables open");

        page.tap("staff-contrast");
        scrollTo(page, "heat-section");
        save("6-high-contrast-heat-map");
        axe("report, high contrast");
        page.tap("staff-contrast");

        // one day without voice use while voice is off: the voice figures say why they are not there
        pickDays(page, UsageSeed.DAY_AFTER, UsageSeed.DAY_AFTER);
        assertEquals("Voice is off on this kiosk, so there are no voice figures.", page.text("voice-figures-note"));
        scrollTo(page, "report-range");
        save("7-one-day-voice-off");
        axe("report, one day, voice off");

        resize(PORTRAIT);
        page.tap("report-last-7");
        waiting().until(d -> page.text("report-range").startsWith("Showing: last 7 days, "));
        assertEquals("true", driver.findElement(By.id("report-last-7")).getDomAttribute("aria-pressed"));
        page.script("document.getElementById('staff-content').scrollTop = 0;");
        save("8-portrait-last-7-days");
        axe("report, portrait, last 7 days");

        page.tap("staff-exit").waitForHeading("Welcome");
    }
}
