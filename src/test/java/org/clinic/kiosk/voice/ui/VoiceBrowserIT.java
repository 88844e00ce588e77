package org.clinic.kiosk.voice.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.clinic.kiosk.BrowserTest;
import org.clinic.kiosk.KioskPage;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.voice.match.MatchResult;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizerConfiguration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The Talk button and the voice panel in Chromium, with a scripted recognizer at the boundary and
 * the microphone's side played on the server ({@link MicrophoneHook}): where Talk sits, that
 * everything fits both orientations at the largest text, and a choice answered by a real click.
 */
@Import({ScriptedRecognizerConfiguration.class, MicrophoneHook.class})
class VoiceBrowserIT extends BrowserTest {

    /** A quiet room: the Talk button really opens a (fake) microphone that hears silence. */
    static java.util.List<String> chromiumArguments() {
        return org.clinic.kiosk.voice.FakeMicrophone.arguments(org.clinic.kiosk.voice.FakeMicrophone.silence());
    }

    private static final List<String> SCREENS = List.of("", "home", "category/understanding", "topic/hospice-care");

    @Autowired
    private QuestionMatcher matcher;

    @Autowired
    private TopicCatalog catalog;

    private static void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> condition.getAsBoolean());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(KioskPage page) {
        return (Map<String, Object>) page.script("""
                const doc = document.documentElement;
                const talk = document.getElementById('talk').getBoundingClientRect();
                const voice = [...document.querySelectorAll('#voice button')].filter(b => b.offsetParent !== null);
                return {overflow: doc.scrollWidth - doc.clientWidth,
                        talkX: Math.round(talk.x), talkY: Math.round(talk.y), talkHeight: talk.height,
                        smallestVoiceButton: Math.min(...voice.map(b => b.getBoundingClientRect().height)),
                        voiceButtons: voice.length,
                        textSize: parseFloat(getComputedStyle(document.getElementById('heard')).fontSize)};
                """);
    }

    private static long number(Map<String, Object> m, String key) {
        return Math.round(((Number) m.get(key)).doubleValue());
    }

    @Test
    void talkIsInTheSamePlaceOnEveryScreenAndFitsBothOrientationsAtTheLargestText() {
        for (Dimension size : List.of(LANDSCAPE, PORTRAIT)) {
            resize(size);
            Map<String, Object> first = null;
            for (String screen : SCREENS) {
                KioskPage page = open(screen);
                page.display("text-largest");
                assertTrue(page.shows("talk"), screen);
                assertTrue(page.shows("mic-indicator"), screen);
                Map<String, Object> m = measure(page);
                String where = "'" + screen + "' at " + size + ": " + m;
                assertEquals(0, number(m, "overflow"), "horizontal scroll on " + where);
                assertTrue(number(m, "talkHeight") >= 80, "small Talk on " + where);
                assertTrue(number(m, "textSize") >= 24, "small text on " + where);
                if (first == null) {
                    first = m;
                } else {
                    assertEquals(number(first, "talkX"), number(m, "talkX"), "Talk moved on " + where);
                    assertEquals(number(first, "talkY"), number(m, "talkY"), "Talk moved on " + where);
                }
            }
        }
    }

    @Test
    void notUnderstoodFitsBothOrientationsWithBigQuestionsToTap() {
        for (Dimension size : List.of(LANDSCAPE, PORTRAIT)) {
            resize(size);
            KioskPage page = open("topic/hospice-care");
            page.display("text-largest");
            page.tap("talk");
            assertEquals("Stop listening", page.text("talk"));
            MicrophoneHook.heard("purple elephant xylophone");
            page.waitUntilShown("suggestion-3");
            assertTrue(page.text("voice-result").startsWith("Sorry, I did not understand that."));
            Map<String, Object> m = measure(page);
            assertEquals(0, number(m, "overflow"), "horizontal scroll at " + size + ": " + m);
            assertEquals(4, number(m, "voiceButtons"), "Talk and three questions: " + m);
            assertTrue(number(m, "smallestVoiceButton") >= 80, "small target at " + size + ": " + m);
        }
    }

    @Test
    void aChoiceIsShownAndAClickOpensTheTopic() throws java.io.IOException {
        MatchResult.TopicChoice choice = (MatchResult.TopicChoice) matcher.match("cancer");
        String second = catalog.byId(choice.second().id()).orElseThrow().title();
        KioskPage page = open("home");
        page.tap("talk");
        MicrophoneHook.state(Microphone.State.LISTENING);
        waitUntil(() -> page.text("mic-indicator").contains("Listening"));
        MicrophoneHook.heard("cancer");
        page.waitUntilShown("choice-2");
        // kept on every run, to look at as a patient would
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screens"));
        java.nio.file.Files.write(
                java.nio.file.Path.of("target/screens/voice-choice.png"),
                driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        assertEquals("2. " + second, page.text("choice-2"));
        page.tap("choice-2").waitForHeading(second);
    }

    @Test
    void aCommandTheKioskIsNotSureOfIsAskedAboutAndYesDoesIt() throws java.io.IOException {
        KioskPage page = open("topic/hospice-care");
        page.display("text-largest");
        page.tap("talk");
        MicrophoneHook.state(Microphone.State.LISTENING);
        waitUntil(() -> page.text("mic-indicator").contains("Listening"));
        MicrophoneHook.heard("sorry can you take me hum please", List.of("sorry can you take me home please"));
        page.waitUntilShown("choice-2");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screens"));
        java.nio.file.Files.write(
                java.nio.file.Path.of("target/screens/voice-ask-first.png"),
                driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        assertEquals(
                "Did you want me to go to the start? Say yes or no, or tap your answer.", page.text("voice-result"));
        assertEquals("Yes, go to the start", page.text("choice-1"));
        assertEquals("No", page.text("choice-2"));
        Map<String, Object> m = measure(page);
        assertEquals(0, number(m, "overflow"), "horizontal scroll: " + m);
        assertTrue(number(m, "smallestVoiceButton") >= 80, "small target: " + m);
        page.tap("choice-1");
        waitUntil(() -> driver.getCurrentUrl().endsWith("/home"));
    }
}
