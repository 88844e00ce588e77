package org.clinic.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clinic.kiosk.usage.UsageHealth;
import org.clinic.kiosk.voice.recognition.EngineChoice;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.junit.jupiter.api.Test;

/** The one line at the top of the report, from what the health panel shows in full. */
class HealthStatusTest {

    private static UsageHealth usage(String... warnings) {
        return new UsageHealth(Path.of("data/usage.db"), 4096, Optional.empty(), 0, List.of(warnings));
    }

    @Test
    void aWorkingEngineAndAHealthyLogReadAsAllWell() {
        HealthStatus status = HealthStatus.of(
                new EngineChoice(EngineChoice.POCKETSPHINX, "kiosk.voice.engine is pocketsphinx."),
                RecognizerStatus.ready("en-us", "Speech model en-us loaded."),
                usage());
        assertEquals("Voice: on, PocketSphinx, working", status.voice());
        assertEquals("Usage database: OK", status.database());
        assertEquals("No warnings", status.warningsText());
        assertTrue(status.voiceOn());
        assertTrue(status.allWell());
    }

    @Test
    void anEngineWithoutItsModelIsOffAndNotWorking() {
        HealthStatus status = HealthStatus.of(
                new EngineChoice(EngineChoice.VOSK, "kiosk.voice.engine is vosk."),
                RecognizerStatus.off("No speech model in voice-models/vosk."),
                usage());
        assertEquals("Voice: off, Vosk is not working", status.voice());
        assertFalse(status.voiceOn());
    }

    @Test
    void noEngineAtAllIsOffByChoice() {
        HealthStatus status = HealthStatus.of(
                new EngineChoice(EngineChoice.NONE, "kiosk.voice.engine is auto, and no model is installed."),
                RecognizerStatus.off("No speech model."),
                usage());
        assertEquals("Voice: off, no speech engine installed", status.voice());
    }

    @Test
    void warningsAreCountedAndTheDatabaseSaysItHasAProblem() {
        HealthStatus one = HealthStatus.of(
                new EngineChoice(EngineChoice.NONE, "none"),
                RecognizerStatus.off("No speech model."),
                usage("The usage file was damaged."));
        assertEquals("Usage database: has a problem (see the warnings)", one.database());
        assertEquals("1 warning", one.warningsText());
        assertFalse(one.allWell());
        HealthStatus two = HealthStatus.of(
                new EngineChoice(EngineChoice.NONE, "none"),
                RecognizerStatus.off("No speech model."),
                usage("The usage file was damaged.", "3 events were not kept."));
        assertEquals("2 warnings", two.warningsText());
    }
}
