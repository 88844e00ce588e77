package org.clinic.kiosk.staff;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The staff area ({@code kiosk.staff.*}).
 *
 * @param idleMinutes minutes without a touch after which a signed-in staff member is signed out
 */
@Validated
@ConfigurationProperties(prefix = "kiosk.staff", ignoreUnknownFields = false)
public record StaffSettings(
        @DefaultValue("5") @Min(1) @Max(60) int idleMinutes) {

    public Duration idleAfter() {
        return Duration.ofMinutes(idleMinutes);
    }
}
