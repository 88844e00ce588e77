package org.clinic.kiosk.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The kiosk's own side of the staff health panel: whether a speech model is in place, the app
 * version and how long it has been running. (The usage log reports its own health.)
 */
@Component
public class KioskHealth {

    /** Where the offline speech model goes (see the README); the voice feature will own this. */
    static final Path VOICE_MODELS = Path.of("voice-models");

    private final Clock clock;
    private final Instant started;
    private final Path voiceModels;
    private volatile Instant lastMicrophoneUse;

    @Autowired
    public KioskHealth(Clock clock) {
        this(clock, VOICE_MODELS);
    }

    KioskHealth(Clock clock, Path voiceModels) {
        this.clock = clock;
        this.started = clock.instant();
        this.voiceModels = voiceModels;
    }

    /** Whether the speech model folder holds anything besides its README. */
    public boolean speechModelInstalled() {
        if (!Files.isDirectory(voiceModels)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(voiceModels)) {
            return entries.anyMatch(
                    p -> !p.getFileName().toString().toLowerCase().startsWith("readme")
                            && !p.getFileName().toString().startsWith("."));
        } catch (IOException e) {
            return false;
        }
    }

    public Path voiceModelsFolder() {
        return voiceModels;
    }

    /** The version from the jar's manifest, or "development build" when run from the sources. */
    public String version() {
        String version = KioskHealth.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    /**
     * Notes that the microphone was opened (voice input calls this). Kept in memory only, and only
     * to the minute: it says whether the microphone works, not who spoke when.
     */
    public void microphoneUsed() {
        lastMicrophoneUse = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    /** When the microphone was last opened since start-up, if it was. */
    public Optional<Instant> lastMicrophoneUse() {
        return Optional.ofNullable(lastMicrophoneUse);
    }

    public Duration uptime() {
        return Duration.between(started, clock.instant());
    }
}
