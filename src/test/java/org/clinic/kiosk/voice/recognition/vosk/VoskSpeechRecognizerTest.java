package org.clinic.kiosk.voice.recognition.vosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class VoskSpeechRecognizerTest {

    private static final String AGAIN = ". Install it again with ./kiosk voice-model (on a clinic's machine: java -jar"
            + " recurrence-kiosk.jar voice-model). The kiosk works by touch.";

    @TempDir
    Path folder;

    private static long lines(CapturedOutput output, String text) {
        return output.getAll().lines().filter(l -> l.contains(text)).count();
    }

    @Test
    void withoutAModelVoiceIsOffWithTheInstallCommandAndOneLogLine(CapturedOutput output) {
        Path model = folder.resolve("vosk-model-small-en-us-0.15");
        AtomicInteger probes = new AtomicInteger();
        VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(model, f -> {
            probes.incrementAndGet();
            return Optional.empty();
        });
        assertFalse(recognizer.status().ready());
        assertTrue(
                recognizer.status().detail().contains("is loading"),
                recognizer.status().detail());

        RecognizerStatus status = recognizer.load();
        assertEquals(
                RecognizerStatus.off("No speech model in " + model + ". Install it with ./kiosk voice-model (on a"
                        + " clinic's machine: java -jar recurrence-kiosk.jar voice-model); voice-models/README.md"
                        + " explains how. The kiosk works by touch."),
                status);
        assertEquals(0, probes.get(), "nothing to probe");
        assertEquals(1, lines(output, "Voice input off: No speech model in " + model), output.getAll());
        assertEquals(1, lines(output, "Voice input"), "exactly one line about voice input");
        assertThrows(RecognizerException.class, () -> recognizer.begin(Vocabulary.UNRESTRICTED));
    }

    @Test
    void anIncompleteModelNamesTheMissingFileAndIsNeverProbed() throws IOException {
        TestModels.garbage(folder);
        Files.delete(folder.resolve("conf/model.conf"));
        AtomicInteger probes = new AtomicInteger();
        VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(folder, f -> {
            probes.incrementAndGet();
            return Optional.empty();
        });
        assertEquals(
                RecognizerStatus.off(
                        "The speech model in " + folder + " is incomplete: conf/model.conf is missing" + AGAIN),
                recognizer.load());
        assertEquals(0, probes.get());
    }

    /** The real probe, the real engine in a child JVM, on a model of garbage: this JVM never reads it. */
    @Test
    void aCorruptModelIsOffWithTheEnginesReasonAndThisJavaSurvives(CapturedOutput output)
            throws IOException, InterruptedException {
        TestModels.garbage(folder);
        VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(folder);
        recognizer.start();
        assertTrue(recognizer.awaitLoaded(Duration.ofSeconds(90)));

        RecognizerStatus status = recognizer.status();
        assertFalse(status.ready());
        assertTrue(
                status.detail().startsWith("The speech model in " + folder + " could not be loaded: the speech engine"),
                status.detail());
        assertTrue(status.detail().endsWith(AGAIN), status.detail());
        assertEquals(1, lines(output, "Voice input off: The speech model in " + folder + " could not be loaded"));
        assertThrows(RecognizerException.class, () -> recognizer.begin(Vocabulary.UNRESTRICTED));
        recognizer.close();
        recognizer.close();
    }

    @Test
    void aProbeThatSaysTheEngineCrashedKeepsVoiceOff() throws IOException {
        TestModels.garbage(folder);
        VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(
                folder, f -> Optional.of("the speech engine crashed while reading it (signal 11)"));
        assertEquals(
                RecognizerStatus.off("The speech model in " + folder
                        + " could not be loaded: the speech engine crashed while reading it (signal 11)" + AGAIN),
                recognizer.load());
    }

    @Test
    void afterCloseNoUtteranceStarts() {
        VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(folder.resolve("none"));
        recognizer.close();
        assertEquals(
                "Voice input has stopped: the kiosk is shutting down.",
                recognizer.status().detail());
        assertThrows(RecognizerException.class, () -> recognizer.begin(Vocabulary.UNRESTRICTED));
    }
}
