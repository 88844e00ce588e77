package org.clinic.kiosk.speech.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.KioskBrowserlessTest;
import org.clinic.kiosk.shell.ReaderAction;
import org.clinic.kiosk.shell.SpeechScript;
import org.clinic.kiosk.shell.WelcomeView;
import org.clinic.kiosk.speech.SpeechException;
import org.clinic.kiosk.speech.SpeechOutput;
import org.clinic.kiosk.speech.SpeechRate;
import org.clinic.kiosk.speech.SpeechSynthesizer;
import org.clinic.kiosk.speech.SpeechVolume;
import org.clinic.kiosk.speech.SpokenAudio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read-aloud bar in the real app, driven by taps, with the real FreeTTS voice. */
@org.springframework.test.context.TestPropertySource(properties = "kiosk.idle-seconds=" + ReadAloudPanelIT.IDLE)
class ReadAloudPanelIT extends KioskBrowserlessTest {

    /**
     * The clinic's idle time here: longer than Hospice care takes to read at a slow reader's pace, so
     * the topic page and the short screens ask after the same time (a topic page allows its reading
     * time, issue 14).
     */
    static final int IDLE = 600;

    private ReadAloudPanel bar;
    private ReadAloudOnPage page;

    @BeforeEach
    void openHospiceCare() {
        navigate(WelcomeView.class);
        bar = heldComponent("read-aloud-bar", ReadAloudPanel.class);
        page = new ReadAloudOnPage(bar);
        tap("start");
        tap("category-planning");
        tap("topic-hospice-care");
    }

    private String settingsShown() {
        return textHeldBy("speech-settings");
    }

    private String statusShown() {
        return $(Span.class).id("speech-status").getText();
    }

    private static final List<String> PLAYING_CONTROLS = List.of("speech-pause", "speech-stop", "speech-previous");

    /**
     * The player's controls a patient can use now: none when the player is not there (nothing
     * disabled is drawn, issue 14), otherwise the ones shown and enabled.
     */
    private List<String> enabledPlayingControls() {
        List<String> enabled = new ArrayList<>();
        if (!page.playerShown()) {
            return enabled;
        }
        for (String id : PLAYING_CONTROLS) {
            NativeButton button = button(id);
            if (button.isEnabled() && !button.hasClassName("unavailable")) {
                enabled.add(id);
            }
        }
        return enabled;
    }

    @Test
    void readAloudStartsAtTheTitleAndThePlayerAppearsWithPauseAsItsMainButton() {
        assertEquals(List.of(), enabledPlayingControls());
        assertFalse(page.playerShown(), "no player while nothing is read");

        tap("read-aloud");

        assertEquals("playing", page.readingState());
        assertTrue(page.playerShown());
        assertEquals("Now reading: Hospice care", statusShown());
        assertEquals("Pause", button("speech-pause").getText());
        assertEquals("topic-title", page.highlighted());
        assertEquals(PLAYING_CONTROLS, enabledPlayingControls());
        assertEquals("true", button("read-aloud").getElement().getAttribute("aria-pressed"));

        tap("speech-pause");
        assertEquals(PLAYING_CONTROLS, enabledPlayingControls());
        tap("speech-stop");
        assertEquals(List.of(), enabledPlayingControls());
    }

    /** Lets every sentence of the screen play to its end; what each lit up ("" for none), in order. */
    private List<String> listenToTheEnd() {
        List<String> lit = new ArrayList<>();
        for (int i = 0; i < 200 && "playing".equals(page.readingState()); i++) {
            lit.add(page.highlighted());
            page.sentencePlayedToItsEnd();
        }
        assertEquals("stopped", page.readingState());
        return lit;
    }

    @Test
    void afterTheEndThePlayerGoesAndSaidSayAgainOrBackOneStillWork() {
        tap("read-aloud");
        List<String> lit = listenToTheEnd();
        assertFalse(page.playerShown(), "the player goes when the reading has finished");
        assertEquals("", page.highlighted(), "nothing stays lit");
        assertTrue(lit.size() > 3, "the screen has many sentences: " + lit);
        String last = lit.getLast();
        String beforeLast = lit.get(lit.size() - 2);
        assertFalse(last.isEmpty() || beforeLast.isEmpty() || last.equals(beforeLast), lit.toString());
        assertEquals(List.of(), enabledPlayingControls());

        // "say again" and "back one" by voice (the same actions as the player's)
        bar.perform(ReaderAction.REPEAT);
        assertEquals("playing", page.readingState());
        assertEquals(last, page.highlighted(), "the last sentence is said again");
        page.sentencePlayedToItsEnd();
        assertEquals("stopped", page.readingState());

        bar.perform(ReaderAction.PREVIOUS);
        assertEquals("playing", page.readingState());
        assertEquals(beforeLast, page.highlighted(), "back one goes to the sentence before the last");
        assertTrue(statusShown().startsWith("Now reading"), statusShown());
    }

    @Test
    void someoneListeningIsNotAskedIfTheyAreStillThereButTheQuestionComesAfterTheReadingEnds() {
        tap("read-aloud");
        // four minutes of listening without a touch: a sentence ends every 20 seconds
        for (int i = 0; i < 12; i++) {
            waitSeconds(20);
            String before = page.highlighted();
            page.sentencePlayedToItsEnd();
            assertNotEquals(before, page.highlighted(), "each end moves on to the next sentence");
            assertFalse(idleWarningShown(), "asked after " + (i + 1) * 20 + " s of listening");
        }
        assertEquals("playing", page.readingState());

        listenToTheEnd();
        waitSeconds(IDLE - 1);
        assertFalse(idleWarningShown());
        waitSeconds(2);
        assertTrue(idleWarningShown(), "the usual question once nobody is listening");
        // the question itself is said, and its own end does not put it away
        assertEquals("playing", page.readingState());
        for (int i = 0; i < 5 && "playing".equals(page.readingState()); i++) {
            page.sentencePlayedToItsEnd();
        }
        waitSeconds(1);
        assertTrue(idleWarningShown());
    }

    @Test
    void aPausedReadingDoesNotKeepTheKioskAwake() {
        tap("read-aloud");
        tap("speech-pause");
        waitSeconds(IDLE + 1);
        assertTrue(idleWarningShown());
    }

    private boolean idleWarningShown() {
        return $(Div.class).withId("idle-warning").exists();
    }

    @Test
    void whenASentenceEndsTheNextIsReadAndHighlighted() {
        tap("read-aloud");
        assertEquals("topic-title", page.highlighted());
        page.sentencePlayedToItsEnd();
        assertEquals("say-1", page.highlighted(), "the summary's first sentence");
        assertTrue(statusShown().startsWith("Now reading"), statusShown());

        page.audioEnded(page.served() - 1); // an old sentence's end changes nothing
        assertEquals("say-1", page.highlighted());

        page.sentencePlayedToItsEnd();
        String next = page.highlighted();
        assertFalse(next.isEmpty() || next.equals("say-1"), next);
        tap("speech-previous");
        assertEquals("say-1", page.highlighted());
        int before = page.served();
        bar.perform(ReaderAction.REPEAT);
        assertEquals("say-1", page.highlighted());
        assertTrue(page.served() > before, "the sentence is served again");
    }

    @Test
    void pauseCarriesOnAndStopEndsTheReading() {
        tap("read-aloud");
        tap("speech-pause");
        assertEquals("paused", page.readingState());
        assertEquals("Carry on", button("speech-pause").getText());
        assertEquals("true", button("speech-pause").getElement().getAttribute("aria-pressed"));
        assertEquals("Paused. Touch Carry on to go on.", statusShown());

        tap("speech-pause");
        assertEquals("playing", page.readingState());
        assertEquals("Pause", button("speech-pause").getText());

        tap("speech-stop");
        assertEquals("stopped", page.readingState());
        assertFalse(page.playerShown(), "the player goes when the reading stops");
        assertEquals("", page.highlighted(), "nothing stays lit");
        assertEquals("Listen", button("read-aloud").getText());
        assertEquals("false", button("read-aloud").getElement().getAttribute("aria-pressed"));
    }

    @Test
    void speedAndLoudnessHaveFiveStepsEachAndSayWhereTheyAre() {
        tap("read-aloud");
        assertEquals("Speed: normal. Loudness: normal.", settingsShown());
        tap("speech-slower");
        assertEquals("Speed: slower. Loudness: normal.", settingsShown());
        tap("speech-slower");
        assertEquals("Speed: slowest. Loudness: normal.", settingsShown());
        assertTrue(button("speech-slower").hasClassName("unavailable"), "at the end of its steps it is not drawn");
        tap("speech-faster");
        tap("speech-faster");
        tap("speech-faster");
        tap("speech-faster");
        assertEquals("Speed: fastest. Loudness: normal.", settingsShown());
        assertTrue(button("speech-faster").hasClassName("unavailable"), "at the end of its steps it is not drawn");

        tap("speech-louder");
        tap("speech-louder");
        assertEquals("Speed: fastest. Loudness: loudest.", settingsShown());
        assertTrue(button("speech-louder").hasClassName("unavailable"), "at the end of its steps it is not drawn");
        for (int i = 0; i < 4; i++) {
            tap("speech-quieter");
        }
        assertEquals("Speed: fastest. Loudness: quietest.", settingsShown());
        assertTrue(button("speech-quieter").hasClassName("unavailable"), "at the end of its steps it is not drawn");
    }

    @Test
    void aNewSpeedWhileReadingRestartsTheSentenceWithIt() {
        tap("read-aloud");
        int before = page.served();
        tap("speech-slower");
        assertTrue(page.served() > before, "the sentence is served again");
        assertEquals("playing", page.readingState());
        assertEquals("topic-title", page.highlighted(), "the same sentence");
    }

    @Test
    void idleResetSilencesAndRestoresDefaultSpeedAndLoudness() {
        tap("read-aloud");
        tap("speech-faster");
        tap("speech-louder");

        waitSeconds(IDLE);
        // someone who was listening hears the idle question too
        assertEquals("playing", page.readingState());
        assertEquals("Now reading this screen.", statusShown(), "the question has no named parts");
        waitSeconds(20);

        assertInstanceOf(WelcomeView.class, getCurrentView());
        assertEquals("stopped", page.readingState());
        assertEquals("Speed: normal. Loudness: normal.", settingsShown());
        assertFalse(bar.usedThisVisit());
    }

    @Test
    void stillHereSilencesTheIdleQuestion() {
        tap("read-aloud");
        waitSeconds(IDLE);
        assertEquals("playing", page.readingState());
        tap("still-here");
        assertEquals("stopped", page.readingState());
    }

    @Test
    void aNewScreenStopsTheOldReading() {
        tap("read-aloud");
        tap("home");
        assertEquals("stopped", page.readingState());
        assertFalse(page.playerShown());
    }

    /** Lets sentences end until one lights something up on screen. */
    private String firstHighlight() {
        for (int i = 0; i < 6 && page.highlighted().isEmpty(); i++) {
            page.sentencePlayedToItsEnd();
        }
        return page.highlighted();
    }

    @Test
    void everyScreenHasASpokenForm() {
        tap("home");
        tap("read-aloud");
        assertEquals("playing", page.readingState());
        assertEquals("category-understanding", firstHighlight());
        tap("category-understanding");
        tap("read-aloud");
        String tile = firstHighlight();
        assertTrue(tile.startsWith("topic-"), tile);
        tap("help-now");
        tap("help-read-more");
        tap("read-aloud");
        assertEquals("topic-title", firstHighlight());
        tap("home");
        tap("about");
        tap("read-aloud");
        assertEquals("about-title", page.highlighted());
        navigate(WelcomeView.class);
        tap("read-aloud");
        assertEquals("welcome-title", page.highlighted());
        navigate("topic/no-such-topic", org.clinic.kiosk.shell.NotFoundView.class);
        tap("read-aloud");
        assertEquals("playing", page.readingState());
        assertEquals("Now reading this screen.", statusShown());
        assertEquals(3, listenToTheEnd().size(), "the page that was not found says three sentences");
    }

    @Test
    void aBrokenVoiceShowsAClearMessageAndTheKioskKeepsWorking() {
        SpeechSynthesizer broken = new SpeechSynthesizer() {
            @Override
            public String voiceName() {
                return "broken";
            }

            @Override
            public SpokenAudio synthesize(String text, double rate) {
                throw new SpeechException("no voice");
            }
        };
        try (SpeechOutput speech = SpeechOutput.create(broken, Path.of("target/no-such-file"), 1 << 20)) {
            ReadAloudPanel lonely = new ReadAloudPanel(speech, SpeechRate.NORMAL, SpeechVolume.NORMAL);
            lonely.setScreen("test", () -> SpeechScript.of("Hello there."));
            lonely.perform(ReaderAction.READ);
            Element status = ReadAloudOnPage.element(lonely, "speech-status");
            assertEquals(Reading.FAILED, status.getText());
            assertEquals("stopped", status.getAttribute("data-state"));
            assertTrue(status.getClassList().contains("speech-error"));
            assertFalse(lonely.getElement().hasAttribute("hidden"), "the player stays to say why");
            assertTrue(lonely.hasClassName("read-aloud-bar"));
        }
        tap("home");
        tap("read-aloud");
        assertEquals("playing", page.readingState());
    }

    @Test
    void aScreenWithNothingToSaySaysSo() {
        bar.setScreen("empty", () -> SpeechScript.of("  ", "\n"));
        tap("read-aloud");
        assertEquals(Reading.NOTHING, statusShown());
        assertEquals("stopped", page.readingState());
    }
}
