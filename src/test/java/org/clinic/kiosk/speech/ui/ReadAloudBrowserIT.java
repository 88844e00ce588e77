package org.clinic.kiosk.speech.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.clinic.kiosk.BrowserTest;
import org.clinic.kiosk.KioskPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Read aloud in headless Chromium: real sound played by the page's audio element. */
class ReadAloudBrowserIT extends BrowserTest {

    private final WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

    private double audioTime(KioskPage page) {
        return ((Number) page.script("return document.getElementById('speech-audio').currentTime;")).doubleValue();
    }

    private boolean audioPlaying(KioskPage page) {
        return Boolean.TRUE.equals(page.script("const a = document.getElementById('speech-audio');"
                + " return !!a.getAttribute('src') && !a.paused && !a.ended;"));
    }

    private boolean audioSilent(KioskPage page) {
        return Boolean.TRUE.equals(page.script(
                "const a = document.getElementById('speech-audio');" + " return a.paused || !a.getAttribute('src');"));
    }

    private String highlighted(KioskPage page) {
        Object id = page.script("const el = document.querySelector('.speaking'); return el ? el.id : '';");
        return String.valueOf(id);
    }

    @Test
    void readAloudPlaysTheTopicAndTheHighlightFollowsTheSentences() {
        KioskPage page = open("topic/hospice-care");
        page.tap("read-aloud");

        wait.until(d -> audioTime(page) > 0.3);
        assertTrue(audioPlaying(page));
        assertEquals("topic-title", highlighted(page));
        // the player names the part being read in plain words
        assertEquals("Now reading: Hospice care", page.text("speech-status"));

        // the title ends, the browser asks for the next sentence, and the summary's first sentence lights up
        wait.until(d -> "say-1".equals(highlighted(page)));
        wait.until(d -> audioTime(page) > 0.2);
        assertEquals("Now reading: Hospice care", page.text("speech-status"), "the summary is the title's part");
        // the sentence being read is in view
        assertEquals(
                Boolean.TRUE,
                page.script("const r = document.getElementById('say-1').getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight;"));
    }

    @Test
    void stopStopsTheSound() {
        KioskPage page = open("topic/clinical-trials");
        page.tap("read-aloud");
        wait.until(d -> audioTime(page) > 0.3);

        page.tap("speech-stop");

        wait.until(d -> audioSilent(page));
        wait.until(d -> "".equals(highlighted(page)));
        // the player goes away: nothing that cannot act is drawn
        page.waitUntilGone("read-aloud-bar");
        assertEquals(
                "false",
                driver.findElement(org.openqa.selenium.By.id("read-aloud")).getDomAttribute("aria-pressed"));
    }

    private String place(KioskPage page, String id) {
        return String.valueOf(page.script(
                "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + " return [r.left, r.top, r.width, r.height].map(Math.round).join(',');",
                id));
    }

    @Test
    void theControlsStayInTheSamePlaceBeforeDuringAndAfterReading() {
        KioskPage page = open("topic/clinical-trials");
        String listen = place(page, "read-aloud");

        page.tap("read-aloud");
        page.waitUntilEnabled("speech-pause");
        String slower = place(page, "speech-slower");
        assertEquals(listen, place(page, "read-aloud"), "while reading");
        // the main button stays Pause while playing: never "Start again"
        assertEquals("Pause", page.text("speech-pause"));
        assertEquals("Listen", page.text("read-aloud"));
        page.tap("speech-pause");
        wait.until(d -> "Carry on".equals(page.text("speech-pause")));
        assertEquals(slower, place(page, "speech-slower"), "while paused");
        page.tap("speech-pause");
        page.tap("speech-stop");
        page.waitUntilGone("speech-pause");
        assertEquals(listen, place(page, "read-aloud"), "after reading");
    }

    /**
     * The contrast of a control's text against what is really behind it (the first ancestor with a
     * background), as WCAG computes it.
     */
    private double contrast(KioskPage page, String id) {
        return ((Number) page.script("""
                        const rgb = c => c.match(/[\\d.]+/g).map(Number);
                        const lum = c => { const [r, g, b] = rgb(c).map(v => v / 255)
                            .map(v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
                            return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                        let el = document.getElementById(arguments[0]);
                        const ink = getComputedStyle(el).color;
                        let bg = 'rgba(0, 0, 0, 0)';
                        while (el && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent')) {
                            bg = getComputedStyle(el).backgroundColor; el = el.parentElement;
                        }
                        // a faded control (opacity) shows its ink mixed with what is behind it
                        const o = Number(getComputedStyle(document.getElementById(arguments[0])).opacity);
                        const seen = rgb(ink).slice(0, 3).map((v, i) => v * o + rgb(bg)[i] * (1 - o));
                        const [a, b] = [lum('rgb(' + seen.join(',') + ')'), lum(bg)].sort((x, y) => y - x);
                        return (a + 0.05) / (b + 0.05);
                        """, id)).doubleValue();
    }

    @Test
    void thePlayersControlsAreReadableInBothThemesAndOneThatCannotActIsNotDrawn() {
        KioskPage page = open("topic/clinical-trials");
        for (String theme : new String[] {"standard", "high contrast"}) {
            page.tap("read-aloud");
            for (String id : new String[] {"speech-pause", "speech-stop", "speech-previous", "read-aloud"}) {
                page.waitUntilEnabled(id);
                double ratio = contrast(page, id);
                assertTrue(ratio >= 7, theme + " " + id + " contrast " + ratio);
            }
            page.tap("speech-stop");
            page.display("contrast");
        }
        page.tap("read-aloud");
        String slower = place(page, "speech-slower");
        for (int i = 0; i < 4 && page.shows("speech-faster"); i++) {
            page.tap("speech-faster");
        }
        // at the fastest, Faster keeps its place but is not drawn; Slower has not moved
        page.waitUntilGone("speech-faster");
        assertEquals(slower, place(page, "speech-slower"));
    }

    @Test
    void listenReadsTheScreenAgainAfterTheReadingHasFinished() {
        KioskPage page = open("topic/no-such-topic"); // three short sentences
        page.tap("read-aloud");
        new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> !page.shows("read-aloud-bar"));

        page.tap("read-aloud");
        wait.until(d -> audioTime(page) > 0.2);
        assertTrue(audioPlaying(page));
        assertEquals("Now reading this screen.", page.text("speech-status"));
    }

    @Test
    void pauseHoldsThePlaceAndCarryOnGoesOn() throws InterruptedException {
        KioskPage page = open("topic/palliative-care");
        page.tap("read-aloud");
        wait.until(d -> audioTime(page) > 0.3);
        page.tap("speech-pause");
        wait.until(d -> audioSilent(page));
        double held = audioTime(page);
        Thread.sleep(500);
        assertEquals(held, audioTime(page), 0.01);

        page.tap("speech-pause");
        wait.until(d -> audioTime(page) > held + 0.2);
    }

    @Test
    void aNewPageStopsTheOldAudio() {
        KioskPage page = open("topic/second-opinions");
        page.tap("read-aloud");
        wait.until(d -> audioTime(page) > 0.3);

        page.tap("home").waitForHeading("What would you like to read about?");

        wait.until(d -> audioSilent(page));
        assertEquals("", highlighted(page));
        assertTrue(!page.shows("read-aloud-bar"), "the player has gone with the old page");
    }
}
