package org.clinic.kiosk.speech;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Read aloud ({@code kiosk.speech.*}, bound by {@link SpeechConfiguration}): the pronunciation file, the speed and loudness each new
 * patient starts with, the audio cache's size, how many voices may speak at once, and whether
 * topic titles and summaries are prepared in the background after start-up.
 */
@Validated
@ConfigurationProperties(prefix = "kiosk.speech", ignoreUnknownFields = false)
public record SpeechSettings(
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
