package org.clinic.kiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.clinic.kiosk.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskHealthTest {

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));

    @Test
    void aSpeechModelCountsOnlyWhenSomethingBesidesTheReadmeIsThere() throws IOException {
        Path models = folder.resolve("voice-models");
        assertFalse(new KioskHealth(clock, models).speechModelInstalled(), "no folder");
        Files.createDirectories(models);
        Files.writeString(models.resolve("README.md"), "Put the model here.");
        assertFalse(new KioskHealth(clock, models).speechModelInstalled(), "only the README");
        Files.createDirectories(models.resolve("vosk-model-small-en-us-0.15"));
        assertTrue(new KioskHealth(clock, models).speechModelInstalled());
    }

    @Test
    void uptimeFollowsTheClockAndTheVersionSaysWhenItIsNotAJar() {
        KioskHealth health = new KioskHealth(clock, folder);
        clock.advance(Duration.ofHours(26));
        assertEquals(Duration.ofHours(26), health.uptime());
        assertEquals("development build", health.version());
    }

    @Test
    void microphoneUseIsRememberedInMemoryToTheMinute() {
        KioskHealth health = new KioskHealth(clock, folder);
        assertTrue(health.lastMicrophoneUse().isEmpty());
        clock.advance(Duration.ofSeconds(95));
        health.microphoneUsed();
        assertEquals(Optional.of(Instant.parse("2026-11-21T09:01:00Z")), health.lastMicrophoneUse());
    }
}
