package org.clinic.kiosk.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.clinic.kiosk.voice.audio.MicrophoneUse;
import org.clinic.kiosk.voice.recognition.EngineChoice;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.springframework.stereotype.Component;

/**
 * The kiosk's own side of the staff health panel: which speech engine runs and why, whether voice input
 * is ready (and if not, why), the app
 * version and how long it has been running. (The usage log reports its own health.)
 */
@Component
public class KioskHealth {

    private final Clock clock;
    private final Instant started;
    private final SpeechRecognizer recognizer;
    private final MicrophoneUse microphone;
    private final EngineChoice engine;

    public KioskHealth(Clock clock, SpeechRecognizer recognizer, MicrophoneUse microphone, EngineChoice engine) {
        this.clock = clock;
        this.started = clock.instant();
        this.recognizer = recognizer;
        this.microphone = microphone;
        this.engine = engine;
    }

    /** The speech engine chosen at start-up ({@code kiosk.voice.engine}) and why. */
    public EngineChoice speechEngine() {
        return engine;
    }

    /** The speech recognizer's state: ready with the model it loaded, or off with the reason and what to do. */
    public RecognizerStatus speechRecognition() {
        return recognizer.status();
    }

    /** The version from the jar's manifest, or "development build" when run from the sources. */
    public String version() {
        String version = KioskHealth.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    /** When the microphone was last opened since start-up, if it was. */
    public Optional<Instant> lastMicrophoneUse() {
        return microphone.last();
    }

    public Duration uptime() {
        return Duration.between(started, clock.instant());
    }
}
