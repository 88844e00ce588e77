package org.clinic.kiosk.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clinic.kiosk.BrowserTest;
import org.clinic.kiosk.KioskPage;
import org.clinic.kiosk.report.StaffPins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

public class StaffBrowserIT extends BrowserTest {

    private static final String PIN = "482913";

    @BeforeEach
    void setPin() {
        StaffPins.set(Path.of("target/test-data"), PIN);
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
        return (Map<String, Object>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text().then(t => done({status: r.status, body: t,"
                + " disposition: r.headers.get('content-disposition') || ''})))"
                + ".catch(e => done({status: -1, body: String(e), disposition: ''}));", url);
    }

    @Test
    void holdingTheClinicNameForThreeSecondsOpensTheStaffSignIn() {
        KioskPage page = open("home");
        String home = page.heading();
        WebElement name = driver.findElement(By.id("clinic-name"));
        name.click();
        page.waitForServer();
        assertEquals(home, page.heading(), "a tap on the clinic's name does nothing");
        assertFalse(driver.getCurrentUrl().contains("staff"));

        new Actions(driver).clickAndHold(name).pause(Duration.ofMillis(3400)).release().perform();
        page.waitForHeading("Staff sign-in");
        assertTrue(driver.getCurrentUrl().endsWith("/staff"), driver.getCurrentUrl());
        assertTrue(page.shows("staff-keypad"));

        page.tap("staff-exit").waitForHeading("Welcome");
    }

    @Test
    void staffSignInPickARangeSeeTheReportAndDownloadItsCsv() {
        KioskPage page = open("staff");
        String sessionBefore = driver.manage().getCookieNamed("JSESSIONID").getValue();
        signIn(page, PIN);
        page.waitForHeading("Kiosk use");
        assertNotEquals(sessionBefore, driver.manage().getCookieNamed("JSESSIONID").getValue(),
                "signing in starts a new session id");
        assertEquals("42", page.text("figure-visits"));
        assertEquals("12 (9.2%)", page.text("figure-voice"));
        assertEquals("4 (25.0%)", page.text("figure-not-understood"));
        assertTrue(page.text("top-topics-1").contains("Hospice care"), page.text("top-topics-1"));

        LocalDate today = LocalDate.now(clock);
        page.tap("report-last-7");
        waiting().until(d -> today.minusDays(6).toString().equals(value("report-from")));
        assertEquals(today.toString(), value("report-to"));

        // a staff member picks the first day in the date field
        page.script("const f = document.getElementById('report-from'); f.value = '2026-11-01';"
                + " f.dispatchEvent(new Event('change', {bubbles: true}));");
        page.waitForServer();
        waiting().until(d -> page.text("report-range").startsWith("From Sunday 1 November 2026 to "));

        String href = driver.findElement(By.id("report-csv")).getDomProperty("href");
        Map<String, Object> csv = fetch(href);
        assertEquals(200L, ((Number) csv.get("status")).longValue(), String.valueOf(csv.get("body")));
        assertTrue(csv.get("disposition").toString().contains("kiosk-use-2026-11-01-to-" + today + ".csv"),
                csv.get("disposition").toString());
        List<String> rows = Arrays.asList(csv.get("body").toString().replace("\uFEFF", "").split("\r\n"));
        assertEquals("section,item,value", rows.getFirst());
        assertTrue(rows.containsAll(List.of("range,first day,2026-11-01", "range,last day," + today,
                "summary,Visits,42", "summary,Topic views,130", "summary,Topic views by voice,12",
                "summary,Not understood rate (%),25.0", "topic views,Hospice care,31",
                "topic views,retired-topic (no longer shown),3", "category views,Planning ahead,60",
                "views by weekday and hour,Tuesday 10:00 to 11:00,12", "daily visits," + today + ",42",
                "daily topic views," + today + ",130")), rows.toString());
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 1), today) + 1;
        assertEquals(days, rows.stream().filter(r -> r.startsWith("daily visits,")).count());

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
        waiting().until(d -> page.text("staff-login-message").startsWith("That PIN is not right. 4 more tries"));
        signIn(page, PIN);
        page.waitForHeading("Kiosk use");
        page.tap("staff-exit").waitForHeading("Welcome");
    }
}
