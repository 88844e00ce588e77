package org.clinic.kiosk.speech.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    @BeforeEach
    void openHospiceCare() {
        navigate(WelcomeView.class);
        bar = heldComponent("read-aloud-bar", ReadAloudPanel.class);
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
        if (!bar.playerShown()) {
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
        assertFalse(bar.playerShown(), "no player while nothing is read");

        tap("read-aloud");

        assertEquals(Reading.State.PLAYING, bar.state());
        assertTrue(bar.playerShown());
        assertEquals("Now reading: Hospice care", statusShown());
        assertEquals("Pause", button("speech-pause").getText());
        assertEquals(Optional.of("topic-title"), bar.highlighted());
        assertEquals(PLAYING_CONTROLS, enabledPlayingControls());
        assertEquals("true", button("read-aloud").getElement().getAttribute("aria-pressed"));

        tap("speech-pause");
        assertEquals(PLAYING_CONTROLS, enabledPlayingControls());
        tap("speech-stop");
        assertEquals(List.of(), enabledPlayingControls());
    }

    /** Lets every sentence of the screen play to its end. */
    private void listenToTheEnd() {
        for (int i = 0; i < 200 && bar.state() == Reading.State.PLAYING; i++) {
            bar.sentenceEnded(bar.served());
        }
        assertEquals(Reading.State.STOPPED, bar.state());
    }

    @Test
    void afterTheEndThePlayerGoesAndSaidSayAgainOrBackOneStillWork() {
        tap("read-aloud");
        listenToTheEnd();
        assertFalse(bar.playerShown(), "the player goes when the reading has finished");
        int last = bar.lineIndex();
        assertTrue(last > 2, "the screen has many sentences: " + last);
        assertEquals(List.of(), enabledPlayingControls());

        // "say again" and "back one" by voice (the same actions as the player's)
        bar.perform(ReaderAction.REPEAT);
        assertEquals(Reading.State.PLAYING, bar.state());
        assertEquals(last, bar.lineIndex());
        bar.sentenceEnded(bar.served());
        assertEquals(Reading.State.STOPPED, bar.state());

        bar.perform(ReaderAction.PREVIOUS);
        assertEquals(Reading.State.PLAYING, bar.state());
        assertEquals(last - 1, bar.lineIndex());
        assertTrue(statusShown().startsWith("Now reading"), statusShown());
    }

    @Test
    void someoneListeningIsNotAskedIfTheyAreStillThereButTheQuestionComesAfterTheReadingEnds() {
        tap("read-aloud");
        // four minutes of listening without a touch: a sentence ends every 20 seconds
        for (int i = 0; i < 12; i++) {
            waitSeconds(20);
            bar.sentenceEnded(bar.served());
            assertFalse(idleWarningShown(), "asked after " + (i + 1) * 20 + " s of listening");
        }
        assertEquals(Reading.State.PLAYING, bar.state());
        assertEquals(12, bar.lineIndex());

        listenToTheEnd();
        waitSeconds(IDLE - 1);
        assertFalse(idleWarningShown());
        waitSeconds(2);
        assertTrue(idleWarningShown(), "the usual question once nobody is listening");
        // the question itself is said, and its own end does not put it away
        assertEquals(Reading.State.PLAYING, bar.state());
        for (int i = 0; i < 5 && bar.state() == Reading.State.PLAYING; i++) {
            bar.sentenceEnded(bar.served());
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
        bar.sentenceEnded(bar.served());
        assertEquals(1, bar.lineIndex());
        assertEquals(Optional.of("say-1"), bar.highlighted());
        assertTrue(statusShown().startsWith("Now reading"), statusShown());

        int stale = bar.served() - 1;
        bar.sentenceEnded(stale); // an old sentence's end changes nothing
        assertEquals(1, bar.lineIndex());

        bar.sentenceEnded(bar.served());
        assertEquals(2, bar.lineIndex());
        tap("speech-previous");
        assertEquals(1, bar.lineIndex());
        assertEquals(Optional.of("say-1"), bar.highlighted());
        int before = bar.served();
        bar.perform(ReaderAction.REPEAT);
        assertEquals(1, bar.lineIndex());
        assertTrue(bar.served() > before);
    }

    @Test
    void pauseCarriesOnAndStopEndsTheReading() {
        tap("read-aloud");
        tap("speech-pause");
        assertEquals(Reading.State.PAUSED, bar.state());
        assertEquals("Carry on", button("speech-pause").getText());
        assertEquals("true", button("speech-pause").getElement().getAttribute("aria-pressed"));
        assertEquals("Paused. Touch Carry on to go on.", statusShown());

        tap("speech-pause");
        assertEquals(Reading.State.PLAYING, bar.state());
        assertEquals("Pause", button("speech-pause").getText());

        tap("speech-stop");
        assertEquals(Reading.State.STOPPED, bar.state());
        assertFalse(bar.playerShown(), "the player goes when the reading stops");
        assertEquals(Optional.empty(), bar.highlighted());
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
        assertEquals(SpeechRate.SLOWEST, bar.rate());
        assertTrue(button("speech-slower").hasClassName("unavailable"), "at the end of its steps it is not drawn");
        tap("speech-faster");
        tap("speech-faster");
        tap("speech-faster");
        tap("speech-faster");
        assertEquals(SpeechRate.FASTEST, bar.rate());
        assertTrue(button("speech-faster").hasClassName("unavailable"), "at the end of its steps it is not drawn");

        tap("speech-louder");
        tap("speech-louder");
        assertEquals(SpeechVolume.LOUDEST, bar.volume());
        assertEquals("Speed: fastest. Loudness: loudest.", settingsShown());
        assertTrue(button("speech-louder").hasClassName("unavailable"), "at the end of its steps it is not drawn");
        for (int i = 0; i < 4; i++) {
            tap("speech-quieter");
        }
        assertEquals(SpeechVolume.QUIETEST, bar.volume());
        assertTrue(button("speech-quieter").hasClassName("unavailable"), "at the end of its steps it is not drawn");
    }

    @Test
    void aNewSpeedWhileReadingRestartsTheSentenceWithIt() {
        tap("read-aloud");
        int before = bar.served();
        tap("speech-slower");
        assertTrue(bar.served() > before);
        assertEquals(Reading.State.PLAYING, bar.state());
        assertEquals(0, bar.lineIndex());
    }

    @Test
    void idleResetSilencesAndRestoresDefaultSpeedAndLoudness() {
        tap("read-aloud");
        tap("speech-faster");
        tap("speech-louder");

        waitSeconds(IDLE);
        // someone who was listening hears the idle question too
        assertEquals(Reading.State.PLAYING, bar.state());
        assertEquals("Now reading this screen.", statusShown(), "the question has no named parts");
        waitSeconds(20);

        assertInstanceOf(WelcomeView.class, getCurrentView());
        assertEquals(Reading.State.STOPPED, bar.state());
        assertEquals(SpeechRate.NORMAL, bar.rate());
        assertEquals(SpeechVolume.NORMAL, bar.volume());
        assertEquals("Speed: normal. Loudness: normal.", settingsShown());
        assertFalse(bar.usedThisVisit());
    }

    @Test
    void stillHereSilencesTheIdleQuestion() {
        tap("read-aloud");
        waitSeconds(IDLE);
        assertEquals(Reading.State.PLAYING, bar.state());
        tap("still-here");
        assertEquals(Reading.State.STOPPED, bar.state());
    }

    @Test
    void aNewScreenStopsTheOldReading() {
        tap("read-aloud");
        tap("home");
        assertEquals(Reading.State.STOPPED, bar.state());
        assertFalse(bar.playerShown());
    }

    /** Lets sentences end until one lights something up on screen. */
    private String firstHighlight() {
        for (int i = 0; i < 6 && bar.highlighted().isEmpty(); i++) {
            bar.sentenceEnded(bar.served());
        }
        return bar.highlighted().orElse("");
    }

    @Test
    void everyScreenHasASpokenForm() {
        tap("home");
        tap("read-aloud");
        assertEquals(Reading.State.PLAYING, bar.state());
        assertEquals("category-understanding", firstHighlight());
        tap("category-understanding");
        tap("read-aloud");
        assertTrue(firstHighlight().startsWith("topic-"), bar.highlighted().toString());
        tap("help-now");
        tap("help-read-more");
        tap("read-aloud");
        assertEquals("topic-title", firstHighlight());
        tap("home");
        tap("about");
        tap("read-aloud");
        assertEquals(Optional.of("about-title"), bar.highlighted());
        navigate(WelcomeView.class);
        tap("read-aloud");
        assertEquals(Optional.of("welcome-title"), bar.highlighted());
        navigate("topic/no-such-topic", org.clinic.kiosk.shell.NotFoundView.class);
        tap("read-aloud");
        assertEquals(Reading.State.PLAYING, bar.state());
        assertEquals("Now reading this screen.", statusShown());
        listenToTheEnd();
        assertEquals(2, bar.lineIndex(), "the page that was not found says three sentences");
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
            assertEquals(ReadAloudPanel.FAILED, lonely.statusText());
            assertEquals(Reading.State.STOPPED, lonely.state());
            assertTrue(lonely.hasClassName("read-aloud-bar"));
        }
        tap("home");
        tap("read-aloud");
        assertEquals(Reading.State.PLAYING, bar.state());
    }

    @Test
    void aScreenWithNothingToSaySaysSo() {
        bar.setScreen("empty", () -> SpeechScript.of("  ", "\n"));
        tap("read-aloud");
        assertEquals(ReadAloudPanel.NOTHING, statusShown());
        assertEquals(Reading.State.STOPPED, bar.state());
    }
}
