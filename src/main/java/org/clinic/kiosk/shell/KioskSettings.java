package org.clinic.kiosk.shell;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.time.Duration;
import org.clinic.kiosk.speech.SpeechRate;
import org.clinic.kiosk.speech.SpeechVolume;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The clinic's settings, bound from {@code kiosk-config/kiosk.properties} (keys {@code kiosk.*}).
 * An unknown key or an invalid value stops start-up with a message naming the key.
 */
@Validated
@ConfigurationProperties(prefix = "kiosk", ignoreUnknownFields = false)
public record KioskSettings(
        @DefaultValue("Cancer Care Clinic") @NotBlank @Size(max = 60)
        String clinicName,

        @DefaultValue("If you need anything, please ask at the front desk.") @NotBlank @Size(max = 200)
        String frontDeskMessage,

        @DefaultValue("90") @Min(30) @Max(3600) int idleSeconds,
        @DefaultValue("20") @Min(5) @Max(120) int warningSeconds,
        @DefaultValue("normal") @NotNull TextSize defaultTextSize,
        @DefaultValue("standard") @NotNull ContrastTheme defaultTheme,
        @DefaultValue("kiosk-config/topics") @NotNull Path contentDir,
        @DefaultValue("data") @NotNull Path dataDir,
        @DefaultValue("127.0.0.1") @NotBlank String bindAddress,
        @DefaultValue("8080") @Min(1) @Max(65535) int port,
        @DefaultValue @Valid @NotNull Usage usage,
        @DefaultValue @Valid @NotNull Staff staff,
        @DefaultValue @Valid @NotNull Speech speech,
        @DefaultValue @Valid @NotNull Matcher matcher,
        @DefaultValue @Valid @NotNull Voice voice) {

    /**
     * The staff area ({@code kiosk.staff.*}).
     *
     * @param idleMinutes minutes without a touch after which a signed-in staff member is signed out
     */
    public record Staff(@DefaultValue("5") @Min(1) @Max(60) int idleMinutes) {

        public Duration idleAfter() {
            return Duration.ofMinutes(idleMinutes);
        }
    }

    /**
     * The question matcher's settings ({@code kiosk.matcher.*}).
     *
     * @param synonymsFile the clinic's lay words, added to the built-in ones at start-up (none when missing)
     */
    public record Matcher(
            @DefaultValue("kiosk-config/synonyms.txt") @NotNull
            Path synonymsFile) {}

    public Duration idleAfter() {
        return Duration.ofSeconds(idleSeconds);
    }

    public Duration warningFor() {
        return Duration.ofSeconds(warningSeconds);
    }

    /**
     * The anonymous usage log ({@code kiosk.usage.*}).
     *
     * @param kioskName     stored with each event, to tell the files of several kiosks apart
     * @param timePrecision event times are cut down to this: whole minutes that divide a day
     * @param keepRawEvents raw events older than this are deleted; their daily counts stay
     * @param queueCapacity events kept in memory while the disk cannot be written
     */
    public record Usage(
            @DefaultValue("waiting-room") @NotBlank @Size(max = 60)
            String kioskName,

            @DefaultValue("1h") @NotNull Duration timePrecision,
            @DefaultValue("400d") @NotNull Duration keepRawEvents,
            @DefaultValue("50000") @Min(100) @Max(5_000_000) int queueCapacity) {}

    /**
     * Read aloud ({@code kiosk.speech.*}): the pronunciation file, the speed and loudness each new
     * patient starts with, the audio cache's size, how many voices may speak at once, and whether
     * topic titles and summaries are prepared in the background after start-up.
     */
    public record Speech(
            @DefaultValue("kiosk-config/pronunciations.txt") @NotNull
            Path pronunciationFile,

            @DefaultValue("normal") @NotNull SpeechRate defaultRate,
            @DefaultValue("normal") @NotNull SpeechVolume defaultVolume,
            @DefaultValue("32") @Min(4) @Max(1024) int cacheMegabytes,
            @DefaultValue("2") @Min(1) @Max(8) int voices,
            @DefaultValue("true") boolean warmUp) {

        public long cacheBytes() {
            return cacheMegabytes * 1024L * 1024L;
        }
    }

    /**
     * Voice input ({@code kiosk.voice.*}).
     *
     * @param handsFree         also listen all the time for the wake phrase (off: only the Talk button)
     * @param wakePhrase        what a patient says to start talking hands-free
     * @param modelDir          the Vosk model folder; without it the kiosk is touch-only
     * @param endSilence        this much silence after speech ends a question
     * @param noSpeechTimeout   stop listening when nobody speaks for this long after Talk
     * @param maxUtterance      a question is cut off after this long
     * @param fallbackUnknownShare when at least this share of the words heard through the grammar are
     *                          unknown, the question is recognized again without the grammar
     * @param bargeIn           while the kiosk speaks, listen for "stop" only (needs good echo
     *                          cancellation; off: the microphone is ignored while it speaks)
     */
    public record Voice(
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

            @DefaultValue("0.5")
            @jakarta.validation.constraints.DecimalMin("0.1")
            @jakarta.validation.constraints.DecimalMax("1.0")
            double fallbackUnknownShare,

            @DefaultValue("false") boolean bargeIn) {}
}
