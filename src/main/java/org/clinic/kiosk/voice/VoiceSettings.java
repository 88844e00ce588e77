package org.clinic.kiosk.voice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.time.Duration;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Voice input ({@code kiosk.voice.*}).
 *
 * @param handsFree         also listen all the time for the wake phrase (off: only the Talk button)
 * @param wakePhrase        what a patient says to start talking hands-free
 * @param modelDir          the Vosk model folder; without it the kiosk is touch-only
 * @param endSilence        this much silence after speech ends a question
 * @param noSpeechTimeout   stop listening when nobody speaks for this long after Talk
 * @param maxUtterance      a question is cut off after this long
 * @param bargeIn           while the kiosk speaks, listen for "stop" only (needs good echo
 *                          cancellation; off: the microphone is ignored while it speaks)
 * @param engine            which speech recognizer to use: {@code auto} (Vosk when its model is
 *                          installed, else PocketSphinx when its model is found, else touch-only),
 *                          {@code vosk} or {@code pocketsphinx}
 * @param pocketsphinxModelDir PocketSphinx's model folder (Debian's {@code pocketsphinx-en-us})
 * @param grammar           hear questions with a grammar of the kiosk's own words (the engines' bias
 *                          to what the matcher knows) instead of the model's whole vocabulary (off,
 *                          the default: on the development set heard through the kiosk's pipeline by
 *                          PocketSphinx, the grammar put off-topic talk onto the kiosk's words)
 */
@Validated
@ConfigurationProperties(prefix = "kiosk.voice", ignoreUnknownFields = false)
public record VoiceSettings(
        @DefaultValue("false") boolean handsFree,

        @DefaultValue("hello kiosk")
        @NotBlank
        @Size(max = 40)
        @jakarta.validation.constraints.Pattern(
                regexp = "[a-z]+( [a-z]+)*",
                message = "must be lower-case words separated by single spaces, like: hello kiosk")
        String wakePhrase,

        @DefaultValue("voice-models/vosk-model-small-en-us-0.15") @NotNull
        Path modelDir,

        @DefaultValue("600ms") @NotNull @DurationMin(millis = 200) @DurationMax(seconds = 5)
        Duration endSilence,

        @DefaultValue("8s") @NotNull @DurationMin(seconds = 2) @DurationMax(seconds = 60)
        Duration noSpeechTimeout,

        @DefaultValue("15s") @NotNull @DurationMin(seconds = 2) @DurationMax(seconds = 60)
        Duration maxUtterance,

        @DefaultValue("false") boolean bargeIn,

        @DefaultValue("auto") @NotNull Engine engine,

        @DefaultValue("/usr/share/pocketsphinx/model/en-us") @NotNull
        Path pocketsphinxModelDir,

        @DefaultValue("false") boolean grammar) {

    /**
     * What questions are heard with: the model's whole vocabulary, or with {@link #grammar} the kiosk's own
     * words ({@code kioskWords}, the matcher's vocabulary).
     */
    public Vocabulary questions(Vocabulary kioskWords) {
        return grammar ? kioskWords : Vocabulary.UNRESTRICTED;
    }

    /** The speech recognizers the kiosk can run ({@code kiosk.voice.engine}). */
    public enum Engine {
        /** Vosk when its model is installed, else PocketSphinx when its model is found, else touch-only. */
        AUTO,
        VOSK,
        POCKETSPHINX
    }
}
