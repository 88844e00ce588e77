package org.clinic.kiosk.staff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.clinic.kiosk.KioskBrowserlessTest;
import org.clinic.kiosk.staff.KioskHealth;
import org.clinic.kiosk.topic.ui.HomeView;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.pocketsphinx.PocketSphinxModel;
import org.clinic.kiosk.voice.recognition.pocketsphinx.PocketSphinxRecognizer;
import org.clinic.kiosk.voice.recognition.pocketsphinx.TestPocketSphinx;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app under {@code kiosk.voice.engine=auto} with no Vosk model and a PocketSphinx model
 * whose model definition is cut off halfway (PocketSphinx crashes on it): auto picks PocketSphinx,
 * only the child process dies, the kiosk starts touch-only, and the staff health panel's sources
 * say which engine and why, and why voice input is off.
 */
class CorruptPocketSphinxModelIT extends KioskBrowserlessTest {

    private static final Path MODEL = Path.of("target/corrupt-pocketsphinx-model");
    private static final Path DATA = Path.of("target/test-data-corrupt-pocketsphinx");

    @DynamicPropertySource
    static void corruptModel(DynamicPropertyRegistry registry) throws Exception {
        TestPocketSphinx.assumeInstalled();
        byte[] mdef = java.nio.file.Files.readAllBytes(PocketSphinxModel.DEBIAN.resolve("en-us/mdef"));
        TestPocketSphinx.damaged(MODEL, "en-us/mdef", Arrays.copyOf(mdef, mdef.length / 2));
        registry.add("kiosk.voice.engine", () -> "auto");
        registry.add("kiosk.voice.model-dir", () -> "target/no-vosk-model");
        registry.add("kiosk.voice.pocketsphinx-model-dir", MODEL::toString);
        registry.add("kiosk.data-dir", DATA::toString);
    }

    @Autowired
    private SpeechRecognizer recognizer;

    @Autowired
    private KioskHealth health;

    @Test
    void theKioskStartsTouchOnlyAndItsHealthSaysWhichEngineAndWhy() throws InterruptedException {
        PocketSphinxRecognizer pocketSphinx = assertInstanceOf(PocketSphinxRecognizer.class, recognizer);
        assertTrue(pocketSphinx.awaitLoaded(Duration.ofSeconds(90)), "the model check ends");
        RecognizerStatus status = recognizer.status();
        assertFalse(status.ready());
        assertTrue(
                status.detail()
                        .startsWith("The PocketSphinx model in " + MODEL
                                + " could not be loaded: the speech engine crashed while reading it"),
                status.detail());

        navigate(HomeView.class);
        assertEquals("What would you like to read about?", heading());
        assertFalse(buttonShown("talk"), "no Talk button without a working recognizer");

        // what the staff health panel shows (its rows are rendered as StaffAreaIT checks)
        assertEquals(
                "PocketSphinx: kiosk.voice.engine is auto, the Vosk model in target/no-vosk-model is not there (there"
                        + " is no folder target/no-vosk-model), and PocketSphinx's model is in " + MODEL + ".",
                health.speechEngine().summary());
        assertEquals(status, health.speechRecognition());
    }
}
