package org.clinic.kiosk.shell;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The shell's own settings: the clinic, the idle reset, the display defaults, the data folder and
 * the web server (top-level {@code kiosk.*} keys of {@code kiosk-config/kiosk.properties}). Each
 * feature binds its own group ({@code kiosk.usage.*} in usage, {@code kiosk.voice.*} in voice...);
 * {@link SettingsKeys} refuses a top-level key that no feature binds. An invalid value stops
 * start-up with a message naming the key.
 */
@Validated
@ConfigurationProperties(prefix = "kiosk")
public record KioskSettings(
        @DefaultValue("Cancer Care Clinic") @NotBlank @Size(max = 60)
        String clinicName,

        @DefaultValue("If you need anything, please ask at the front desk.") @NotBlank @Size(max = 200)
        String frontDeskMessage,

        @DefaultValue("90") @Min(30) @Max(3600) int idleSeconds,
        @DefaultValue("20") @Min(5) @Max(120) int warningSeconds,
        @DefaultValue("normal") @NotNull TextSize defaultTextSize,
        @DefaultValue("standard") @NotNull ContrastTheme defaultTheme,
        @DefaultValue("data") @NotNull Path dataDir,
        @DefaultValue("127.0.0.1") @NotBlank String bindAddress,
        @DefaultValue("8080") @Min(1) @Max(65535) int port,
        @DefaultValue("false") boolean headphoneJack) {

    public Duration idleAfter() {
        return Duration.ofSeconds(idleSeconds);
    }

    public Duration warningFor() {
        return Duration.ofSeconds(warningSeconds);
    }
}
