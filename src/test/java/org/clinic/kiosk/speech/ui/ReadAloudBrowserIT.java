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
        assertTrue(page.text("speech-status").startsWith("Reading, part 1 of "), page.text("speech-status"));

        // the title ends, the browser asks for the next sentence, and the summary's first sentence lights up
        wait.until(d -> "say-1".equals(highlighted(page)));
        wait.until(d -> audioTime(page) > 0.2);
        assertTrue(page.text("speech-status").startsWith("Reading, part 2 of "), page.text("speech-status"));
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
        assertEquals("Stopped.", page.text("speech-status"));
        assertEquals("", highlighted(page));
        page.waitUntilGone("speech-stop");
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
        assertEquals("Touch Read aloud to hear this screen.", page.text("speech-status"));
    }
}
