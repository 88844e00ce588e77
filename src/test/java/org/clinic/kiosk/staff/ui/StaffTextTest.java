package org.clinic.kiosk.staff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The plain-language times and sizes staff read on the sign-in and health screens. */
class StaffTextTest {

    @Test
    void waitsAreInMinutesAndSecondsRoundedUp() {
        assertEquals("5 minutes", org.clinic.kiosk.staff.StaffLogin.words(Duration.ofMinutes(5)));
        assertEquals("3 minutes 20 seconds", org.clinic.kiosk.staff.StaffLogin.words(Duration.ofSeconds(200)));
        assertEquals("1 minute 1 second", org.clinic.kiosk.staff.StaffLogin.words(Duration.ofMillis(60_001 + 999)));
        assertEquals("1 second", org.clinic.kiosk.staff.StaffLogin.words(Duration.ofMillis(1)));
    }

    @Test
    void databaseSizeIsReadable() {
        assertEquals("300 bytes", HealthPanel.size(300));
        assertEquals("1.5 KB", HealthPanel.size(1536));
        assertEquals("2.2 MB", HealthPanel.size(2_345_678));
        assertEquals("3.0 GB", HealthPanel.size(3L * 1024 * 1024 * 1024));
    }

    @Test
    void uptimeIsInDaysHoursAndMinutes() {
        assertEquals("less than a minute", HealthPanel.duration(Duration.ofSeconds(59)));
        assertEquals("1 minute", HealthPanel.duration(Duration.ofSeconds(61)));
        assertEquals("3 days 4 hours 5 minutes", HealthPanel.duration(Duration.ofMinutes(3 * 1440 + 4 * 60 + 5)));
        assertEquals("1 day 1 hour", HealthPanel.duration(Duration.ofHours(25)));
    }
}
