package org.clinic.kiosk.voice.recognition.vosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real libvosk from the Vosk jar, through JNA, on this machine. */
class VoskLibraryTest {

    @TempDir
    Path folder;

    @Test
    void theNativeLibraryLoadsAndAMissingModelIsAJavaErrorNotACrash() {
        VoskEngine.quiet(); // loads libvosk.so through JNA and turns its log down
        RecognizerException failed =
                assertThrows(RecognizerException.class, () -> VoskEngine.loadModel(folder.resolve("no-model-here")));
        assertEquals("the speech engine could not read the model", failed.getMessage());
        // still alive: the engine can be asked again
        assertThrows(RecognizerException.class, () -> VoskEngine.loadModel(folder));
    }

    @Test
    void theProbeRunsTheRealEngineInAChildJavaAndReportsItsError() {
        Optional<String> missing = ModelProbe.run(folder.resolve("no-model-here"), Duration.ofSeconds(60));
        assertTrue(
                missing.orElseThrow().startsWith("the speech engine said: Folder '")
                        && missing.get().contains("does not contain model files"),
                missing.toString());
    }

    @Test
    void theProbeRunsTheSameJavaWithTheSameClassPath() {
        List<String> command = ModelProbe.command(Path.of("/models/m"));
        assertEquals(ProcessHandle.current().info().command().orElseThrow(), command.getFirst());
        int cp = command.indexOf("-cp");
        assertEquals(System.getProperty("java.class.path"), command.get(cp + 1));
        assertEquals(List.of(ModelProbe.class.getName(), "/models/m"), command.subList(cp + 2, command.size()));
    }

    @Test
    void aCrashOrAnErrorOfTheChildBecomesAPlainReason() {
        assertEquals(
                "the speech engine crashed while reading it (signal 11)",
                ModelProbe.reason("# A fatal error has been detected by the Java Runtime Environment:\n", 139));
        assertEquals(
                "the speech engine said: Expected token \"<TransitionModel>\", got instead \"??\"",
                ModelProbe.reason(
                        "WARNING: x\nERROR (VoskAPI:ExpectToken():io-funcs.cc:209) Expected token \"<TransitionModel>\","
                                + " got instead \"\u0001\u00ff\".\nspeech model not loaded\n",
                        3));
        assertEquals("the model check ended with exit code 1", ModelProbe.reason("", 1));
    }
}
