package org.clinic.kiosk.staff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.clinic.kiosk.KioskBrowserlessTest;
import org.clinic.kiosk.staff.StaffPins;
import org.clinic.kiosk.topic.ui.HomeView;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.vosk.VoskSpeechRecognizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app, started with a speech model folder that has every file a Vosk model needs, all
 * of them garbage: the kiosk starts touch-only, this JVM survives (only the child process read the
 * model), and the staff health panel says why voice input is off.
 */
class CorruptSpeechModelIT extends KioskBrowserlessTest {

    private static final Path MODEL = Path.of("target/corrupt-speech-model/vosk-model-small-en-us-0.15");
    private static final Path DATA = Path.of("target/test-data-corrupt-model");
    private static final String PIN = "482913";

    private static final List<String> FILES = List.of(
            "am/final.mdl",
            "conf/mfcc.conf",
            "conf/model.conf",
            "graph/HCLr.fst",
            "graph/Gr.fst",
            "graph/disambig_tid.int",
            "graph/phones/word_boundary.int",
            "ivector/final.dubm",
            "ivector/final.ie",
            "ivector/final.mat",
            "ivector/global_cmvn.stats",
            "ivector/online_cmvn.conf",
            "ivector/splice.conf");

    @DynamicPropertySource
    static void corruptModel(DynamicPropertyRegistry registry) {
        Random random = new Random(7);
        try {
            for (String file : FILES) {
                Path path = MODEL.resolve(file);
                Files.createDirectories(path.getParent());
                byte[] garbage = new byte[4096];
                random.nextBytes(garbage);
                Files.write(path, garbage);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("kiosk.voice.model-dir", MODEL::toString);
        registry.add("kiosk.data-dir", DATA::toString);
    }

    @Autowired
    private SpeechRecognizer recognizer;

    @AfterEach
    void signOut() {
        StaffAccess.end();
    }

    @Test
    void theKioskStartsTouchOnlyAndStaffHealthSaysWhy() throws InterruptedException {
        VoskSpeechRecognizer vosk = assertInstanceOf(VoskSpeechRecognizer.class, recognizer);
        assertTrue(vosk.awaitLoaded(Duration.ofSeconds(90)), "the model check ends");
        RecognizerStatus status = recognizer.status();
        assertFalse(status.ready());
        assertTrue(
                status.detail().startsWith("The speech model in " + MODEL + " could not be loaded: the speech engine"),
                status.detail());

        // touch works as always
        navigate(HomeView.class);
        assertEquals("What would you like to read about?", heading());
        tap("category-understanding");
        assertEquals("Understanding recurrence", heading());

        // staff see why voice input is off
        StaffPins.set(DATA, PIN);
        navigate(StaffLoginView.class);
        for (char digit : PIN.toCharArray()) {
            tap("key-" + digit);
        }
        tap("staff-sign-in");
        assertInstanceOf(StaffReportView.class, getCurrentView());
        String shown = $(Component.class).id("health-speech-model").getElement().getTextRecursively();
        assertEquals("Off. " + status.detail(), shown);
        assertTrue(
                shown.endsWith("Install it again with ./kiosk voice-model (on a clinic's machine: java -jar"
                        + " recurrence-kiosk.jar voice-model). The kiosk works by touch."),
                shown);
    }
}
