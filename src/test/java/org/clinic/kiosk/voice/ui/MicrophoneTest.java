package org.clinic.kiosk.voice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.clinic.kiosk.staff.KioskHealth;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.audio.MicrophoneUse;
import org.clinic.kiosk.voice.recognition.EngineChoice;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizer;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Microphone's states as its listeners see them, driven the way the browser answers. */
class MicrophoneTest {

    private static final VoiceSettings VOICE = new VoiceSettings(
            false,
            "hello kiosk",
            Path.of("voice-models/none"),
            Duration.ofMillis(600),
            Duration.ofSeconds(8),
            Duration.ofSeconds(15),
            false,
            VoiceSettings.Engine.AUTO,
            Path.of("voice-models/none"),
            false);
    private static final Vocabulary GRAMMAR = new Vocabulary(List.of("hospice", "[unk]"));

    private final ScriptedRecognizer recognizer = new ScriptedRecognizer();
    private final MicrophoneProbe probe = new MicrophoneProbe();
    private final MicrophoneUse microphoneUse =
            new MicrophoneUse(Clock.fixed(Instant.parse("2026-11-21T09:41:30Z"), ZoneOffset.UTC));
    private final KioskHealth health = new KioskHealth(
            Clock.systemUTC(),
            recognizer,
            microphoneUse,
            new EngineChoice(EngineChoice.VOSK, "scripted for this test."));
    private final Microphone microphone = new Microphone(recognizer, VOICE, microphoneUse::opened);

    {
        microphone.addListener(probe);
        // not in a page: the script calls it makes wait for an attach that never comes
    }

    @AfterEach
    void release() {
        microphone.close();
        if (microphone.session() != null) {
            microphone.session().close();
        }
    }

    @Test
    void listeningOpensTheMicrophoneThenListensIgnoresAndCloses() {
        microphone.listen(GRAMMAR);
        assertThat(microphone.state()).isEqualTo(Microphone.State.OPENING);
        assertThat(health.lastMicrophoneUse()).isEmpty();

        microphone.opened("s16le;rate=16000;channels=1");
        assertThat(microphone.state()).isEqualTo(Microphone.State.LISTENING);
        assertThat(microphone.session().listening()).isTrue();
        assertThat(health.lastMicrophoneUse()).contains(Instant.parse("2026-11-21T09:41:00Z"));

        microphone.ignore();
        assertThat(microphone.state()).isEqualTo(Microphone.State.IGNORING);
        assertThat(microphone.session().listening()).isFalse();

        microphone.listen(GRAMMAR); // held already: straight to listening
        assertThat(microphone.state()).isEqualTo(Microphone.State.LISTENING);

        microphone.close();
        assertThat(microphone.state()).isEqualTo(Microphone.State.CLOSED);
        assertThat(microphone.session().listening()).isFalse();
        assertThat(probe.told())
                .containsExactly(
                        "state:OPENING", "state:LISTENING", "state:IGNORING", "state:LISTENING", "state:CLOSED");
    }

    @Test
    void aRefusedMicrophoneIsUnavailableAndTheQuestionNothingHeard() {
        microphone.listen(GRAMMAR);
        microphone.unavailable("NotAllowedError");
        assertThat(microphone.state()).isEqualTo(Microphone.State.UNAVAILABLE);
        assertThat(probe.told()).containsExactly("state:OPENING", "state:UNAVAILABLE", "nothing");
        assertThat(health.lastMicrophoneUse()).isEmpty();

        microphone.listen(GRAMMAR); // asks the browser again
        assertThat(microphone.state()).isEqualTo(Microphone.State.OPENING);
    }

    @Test
    void aMicrophoneGrantedAfterCloseIsNotListenedTo() {
        microphone.listen(GRAMMAR);
        microphone.close();
        microphone.opened("s16le;rate=16000;channels=1");
        assertThat(microphone.state()).isEqualTo(Microphone.State.CLOSED);
        assertThat(microphone.session()).isNull();
    }

    @Test
    void withoutAReadyRecognizerTheMicrophoneIsUnavailableAndNeverOpened() {
        recognizer.setStatus(RecognizerStatus.off("no model"));
        microphone.listen(GRAMMAR);
        // told as a state, never as "nothing heard" (a listener would ask to listen again at once)
        assertThat(microphone.state()).isEqualTo(Microphone.State.UNAVAILABLE);
        assertThat(probe.told()).doesNotContain("nothing");
        assertThat(microphone.session()).isNull();
    }
}
