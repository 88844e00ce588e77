package org.clinic.kiosk.usage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The anonymous usage log ({@code kiosk.usage.*}).
 *
 * @param kioskName     stored with each event, to tell the files of several kiosks apart
 * @param timePrecision event times are cut down to this: whole minutes that divide a day
 * @param keepRawEvents raw events older than this are deleted; their daily counts stay
 * @param queueCapacity events kept in memory while the disk cannot be written
 */
@Validated
@ConfigurationProperties(prefix = "kiosk.usage", ignoreUnknownFields = false)
public record UsageSettings(
        @DefaultValue("waiting-room") @NotBlank @Size(max = 60)
        String kioskName,

        @DefaultValue("1h") @NotNull Duration timePrecision,
        @DefaultValue("400d") @NotNull Duration keepRawEvents,
        @DefaultValue("50000") @Min(100) @Max(5_000_000) int queueCapacity) {}
