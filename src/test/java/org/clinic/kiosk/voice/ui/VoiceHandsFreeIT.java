package org.clinic.kiosk.voice.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.clinic.kiosk.KioskBrowserlessTest;
import org.clinic.kiosk.shell.KioskSettings;
import org.clinic.kiosk.shell.WelcomeView;
import org.clinic.kiosk.topic.ui.HomeView;
import org.clinic.kiosk.voice.conversation.Conversation;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizer;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizerConfiguration;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Hands-free mode: the welcome and home screens wait for the wake phrase, which starts a
 * conversation; with barge-in on, "stop" said over the kiosk's speech stops it.
 */
@Import(ScriptedRecognizerConfiguration.class)
@TestPropertySource(
        properties = {"kiosk.voice.hands-free=true", "kiosk.voice.wake-phrase=hello kiosk", "kiosk.voice.barge-in=true"
        })
class VoiceHandsFreeIT extends KioskBrowserlessTest {

    @Autowired
    private ScriptedRecognizer recognizer;

    @Autowired
    private KioskSettings settings;

    @BeforeEach
    void welcome() {
        recognizer.reset();
        navigate(WelcomeView.class);
    }

    private Microphone microphone() {
        return $(Microphone.class).single();
    }

    private Conversation.State state() {
        return $(VoicePanel.class).single().state();
    }

    private String indicator() {
        return $(Span.class)
                .id("mic-indicator")
                .getElement()
                .getTextRecursively()
                .substring(1);
    }

    @Test
    void aWakePhraseTheModelCannotHearLeavesHandsFreeOffAndTalkWorking() {
        recognizer.setStatus(new RecognizerStatus(
                true,
                "scripted",
                "Scripted recognizer for tests.",
                List.of("kiosk"),
                Optional.of("Hands-free listening is off: the speech model does not know “kiosk”.")));
        navigate(HomeView.class); // the model loaded after the welcome screen was built: the next screen knows
        assertEquals(Conversation.State.OFF, state(), "not waiting for a phrase it could never hear");
        assertEquals(Microphone.State.CLOSED, microphone().state(), "the microphone stays closed");
        assertEquals("Talk", button("talk").getText());
        tap("talk");
        assertEquals(Conversation.State.LISTENING, state());
    }

    @Test
    void theWelcomeScreenWaitsForTheWakePhraseAndSaysSo() {
        assertEquals(Conversation.State.WAITING_FOR_WAKE, state());
        microphone().deliverState(Microphone.State.LISTENING);
        assertEquals("Say “hello kiosk” to talk to me", indicator());
        assertEquals("Talk", button("talk").getText());

        microphone().deliverHeard(new Transcript("[unk]"));
        assertEquals(Conversation.State.WAITING_FOR_WAKE, state(), "other words do not wake it");
        assertEquals("", $(Paragraph.class).id("heard").getText(), "nothing heard is shown before the wake phrase");

        microphone().deliverHeard(new Transcript("hello kiosk"));
        assertEquals(Conversation.State.LISTENING, state());
        assertEquals(AnswerArea.CUE, $(Paragraph.class).id("voice-result").getText());
        assertEquals("Listening…", indicator());
        assertEquals("Stop listening", button("talk").getText());

        microphone().deliverHeard(new Transcript("tell me about hospice"));
        assertEquals("Hospice care", heading());
    }

    @Test
    void leavingByTouchStopsWaitingAndTheResetWaitsAgain() {
        tap("start");
        assertEquals(Conversation.State.WAITING_FOR_WAKE, state(), "the home screen waits too");
        tap("category-planning");
        assertEquals(Conversation.State.OFF, state(), "no listening on other screens until Talk");
        navigate(HomeView.class);
        assertEquals(Conversation.State.WAITING_FOR_WAKE, state());
        tap("category-planning");
        waitSeconds(settings.idleSeconds() + settings.warningSeconds());
        assertEquals(Conversation.State.WAITING_FOR_WAKE, state());
        assertEquals("", $(Paragraph.class).id("heard").getText());
    }

    @Test
    void sayingStopOverTheKioskStopsItWithBargeIn() {
        microphone().deliverHeard(new Transcript("hello kiosk"));
        microphone().deliverHeard(new Transcript("tell me about hospice"));
        assertEquals("true", button("read-aloud").getElement().getAttribute("aria-pressed"), "the topic is being read");
        assertEquals(Conversation.State.SPEAKING, state());
        microphone().deliverState(Microphone.State.LISTENING);
        assertEquals(MicIndicator.SAY_STOP, indicator());
        microphone().deliverHeard(new Transcript("go back"));
        assertEquals("Hospice care", heading(), "only stop is taken while it speaks");
        microphone().deliverHeard(new Transcript("stop"));
        assertEquals("false", button("read-aloud").getElement().getAttribute("aria-pressed"), "the reading stopped");
        assertEquals(Conversation.State.LISTENING, state());
    }

    /** A clinic that turns hands-free on before the model is in (or with a damaged model). */
    @Test
    void withoutAWorkingModelTheIdleResetStillHandsAFreshKioskToTheNextPatient() {
        recognizer.setStatus(org.clinic.kiosk.voice.recognition.RecognizerStatus.off("no model"));
        tap("start");
        display("text-largest");
        waitSeconds(settings.idleSeconds() + settings.warningSeconds());

        assertEquals("Welcome", heading().substring(0, 7));
        assertTrue(
                $(com.vaadin.flow.component.html.Div.class).id("kiosk").hasClassName("text-normal"),
                "the text size is back to normal");
        assertFalse($(VoicePanel.class).exists(), "no Talk (nor any of the voice panel) without a model");
    }
}
