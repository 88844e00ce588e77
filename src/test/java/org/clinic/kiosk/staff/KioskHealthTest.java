package org.clinic.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.clinic.kiosk.MutableClock;
import org.clinic.kiosk.voice.audio.MicrophoneUse;
import org.clinic.kiosk.voice.recognition.EngineChoice;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.Test;

class KioskHealthTest {

    private static final EngineChoice ENGINE = new EngineChoice(
            EngineChoice.POCKETSPHINX,
            "kiosk.voice.engine is auto, the Vosk model in m is not there (there is no folder m), and"
                    + " PocketSphinx's model is in p.");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));

    /** A recognizer whose status the test sets, as the Vosk adapter would after loading or failing. */
    private static final class StatusOnly implements SpeechRecognizer {
        volatile RecognizerStatus status = RecognizerStatus.off("The speech model is loading.");

        @Override
        public RecognizerStatus status() {
            return status;
        }

        @Override
        public Utterance begin(Vocabulary vocabulary) {
            throw new RecognizerException("off");
        }
    }

    private final StatusOnly recognizer = new StatusOnly();

    @Test
    void speechRecognitionIsTheRecognizersOwnStatusWithItsReason() {
        KioskHealth health = new KioskHealth(clock, recognizer, new MicrophoneUse(clock), ENGINE);
        assertFalse(health.speechRecognition().ready());
        assertEquals("The speech model is loading.", health.speechRecognition().detail());

        recognizer.status = RecognizerStatus.off("The speech model in m is incomplete: am/final.mdl is missing.");
        assertEquals(
                "The speech model in m is incomplete: am/final.mdl is missing.",
                health.speechRecognition().detail(),
                "asked again each time, not remembered from start-up");

        recognizer.status = RecognizerStatus.ready("vosk-model-small-en-us-0.15", "Speech model loaded in 1.2 s");
        assertTrue(health.speechRecognition().ready());
        assertEquals("vosk-model-small-en-us-0.15", health.speechRecognition().model());
    }

    @Test
    void theSpeechEngineIsTheOneChosenAtStartUpWithWhy() {
        KioskHealth health = new KioskHealth(clock, recognizer, new MicrophoneUse(clock), ENGINE);
        assertEquals(
                "PocketSphinx: kiosk.voice.engine is auto, the Vosk model in m is not there (there is no folder m),"
                        + " and PocketSphinx's model is in p.",
                health.speechEngine().summary());
    }

    @Test
    void uptimeFollowsTheClockAndTheVersionSaysWhenItIsNotAJar() {
        KioskHealth health = new KioskHealth(clock, recognizer, new MicrophoneUse(clock), ENGINE);
        clock.advance(Duration.ofHours(26));
        assertEquals(Duration.ofHours(26), health.uptime());
        assertEquals("development build", health.version());
    }

    @Test
    void microphoneUseIsRememberedInMemoryToTheMinute() {
        MicrophoneUse microphone = new MicrophoneUse(clock);
        KioskHealth health = new KioskHealth(clock, recognizer, microphone, ENGINE);
        assertTrue(health.lastMicrophoneUse().isEmpty());
        clock.advance(Duration.ofSeconds(95));
        microphone.opened();
        assertEquals(Optional.of(Instant.parse("2026-11-21T09:01:00Z")), health.lastMicrophoneUse());
    }
}
