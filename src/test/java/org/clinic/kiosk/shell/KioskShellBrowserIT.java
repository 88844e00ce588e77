package org.clinic.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.clinic.kiosk.BrowserTest;
import org.clinic.kiosk.KioskPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class KioskShellBrowserIT extends BrowserTest {

    @Test
    void idleKioskAsksCountsDownAndResetsForTheNextPatient() {
        KioskPage page = open("home");
        page.display("text-largest");
        page.display("contrast");
        // a short screen asks after the clinic's idle time (a topic page allows its reading time)
        page.tap("category-planning").waitForHeading("Planning ahead");
        assertTrue(page.rootHasClass("text-largest"));

        clock.advance(Duration.ofSeconds(91));
        page.waitUntilShown("idle-warning");
        assertEquals("Are you still there?", page.text("idle-warning-title"));
        long seconds = Long.parseLong(page.text("idle-seconds"));
        assertTrue(seconds >= 1 && seconds <= 19, "countdown shows " + seconds);

        clock.advance(Duration.ofSeconds(25));
        page.waitForHeading("Welcome");
        page.waitUntilGone("idle-warning");
        assertTrue(page.rootHasClass("text-normal"));
        assertTrue(page.rootHasClass("theme-standard"));
        assertFalse(page.shows("back"));
        assertEquals(0L, page.script("return document.getElementById('content').scrollTop;"));
    }

    @Test
    void stillHereButtonKeepsTheScreenOpen() {
        KioskPage page = open("category/planning");
        clock.advance(Duration.ofSeconds(95));
        page.waitUntilShown("idle-warning");
        page.tap("still-here");
        page.waitUntilGone("idle-warning");
        assertEquals("Planning ahead", page.heading());
    }

    @Test
    void touchingTheScreenAnywhereCountsAsActivity() throws InterruptedException {
        KioskPage page = open("topic/second-opinions");
        clock.advance(Duration.ofSeconds(85));
        driver.findElement(By.cssSelector("#content h1")).click(); // not a button: only the kiosk script notices
        page.waitForServer();
        clock.advance(Duration.ofSeconds(10));
        Thread.sleep(2500); // let two or three polls reach the server
        assertFalse(page.shows("idle-warning"), "a touch 10 s ago must not trigger the warning");
    }

    @Test
    void aScrollThePageMakesByItselfIsNotActivity() throws InterruptedException {
        KioskPage page = open("home");
        page.display("text-largest"); // so the short screen scrolls
        clock.advance(Duration.ofSeconds(85));
        // what the read-aloud highlight does: the page scrolls with no one touching it
        page.script("const all = document.querySelectorAll('#content p, #content li, #content button');"
                + " all[all.length - 1].scrollIntoView({block: 'center'});");
        Thread.sleep(1500); // a scroll event, if counted, would reach the server now
        assertTrue(((Number) page.script("return document.getElementById('content').scrollTop;")).longValue() > 0);
        clock.advance(Duration.ofSeconds(10));
        page.waitUntilShown("idle-warning");
    }

    @Test
    void browserHistoryDoesNotGrowSoNothingOfAVisitIsLeftBehind() {
        KioskPage page = open("home");
        long before = ((Number) page.script("return history.length;")).longValue();
        page.tap("category-coping").tap("topic-hope-and-self-care").waitForHeading("Hope and caring for yourself");
        page.tap("back").waitForHeading("Coping and support");
        assertEquals(before, ((Number) page.script("return history.length;")).longValue());
        assertTrue(driver.getCurrentUrl().endsWith("/category/coping"), driver.getCurrentUrl());
    }

    @Test
    void focusMovesToTheNewScreensHeading() {
        KioskPage page = open("home");
        page.tap("category-planning").waitForHeading("Planning ahead");
        assertEquals("Planning ahead", page.script("return document.activeElement.textContent;"));
    }

    @Test
    void noContextMenuNoTextSelectionNoPinchZoom() {
        KioskPage page = open("topic/clinical-trials");
        assertEquals(
                Boolean.TRUE,
                page.script("return !document.querySelector('#content h1').dispatchEvent("
                        + "new MouseEvent('contextmenu', {bubbles: true, cancelable: true}));"));
        assertEquals("none", page.script("return getComputedStyle(document.body).userSelect;"));
        assertEquals("pan-x pan-y", page.script("return getComputedStyle(document.documentElement).touchAction;"));
    }

    @Test
    void needHelpNowIsOnEveryScreenAndItsCardLeadsToTheFrontDesk() {
        for (String screen : new String[] {"", "home", "category/treatment", "topic/hospice-care", "about"}) {
            KioskPage page = open(screen);
            assertTrue(page.shows("help-now"), screen);
        }
        KioskPage page = open("about");
        page.tap("help-now").waitUntilShown("help-card");
        assertEquals("Need help now?", page.text("help-card-title"));
        assertTrue(page.text("help-front-desk").contains("front desk"));
        page.tap("help-read-more").waitForHeading("When to ask for help");
        assertTrue(page.text("unwell-notice").contains("front desk"));
    }
}
