package org.clinic.kiosk.voice.recognition.vosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real libvosk from the Vosk jar, through our own JNA binding, on this machine. Without a
 * model this goes as far as the library goes: it loads, every function we call is exported with
 * the name we bind, a folder without a model is a Java error, and the child-JVM probe reports the
 * engine's own error. Building a recognizer needs a real model ({@code VoskRecognitionTest}).
 */
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
        Optional<String> missing = ModelProbe.run(
                folder.resolve("no-model-here"), new Vocabulary(List.of("go back")), Duration.ofSeconds(60));
        assertTrue(
                missing.orElseThrow().startsWith("the speech engine said: Folder '")
                        && missing.get().contains("does not contain model files"),
                missing.toString());
    }

    @Test
    void everyFunctionWeCallIsExportedByLibvoskAndSetGrmIsNotAmongThem() throws NoSuchMethodException {
        VoskLibrary.load(); // JNA binds each native method at registration: a missing symbol fails here
        List<String> bound = Arrays.stream(VoskLibrary.class.getDeclaredMethods())
                .filter(m -> Modifier.isNative(m.getModifiers()))
                .map(Method::getName)
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "vosk_model_find_word",
                        "vosk_model_free",
                        "vosk_model_new",
                        "vosk_recognizer_accept_waveform_s",
                        "vosk_recognizer_final_result",
                        "vosk_recognizer_free",
                        "vosk_recognizer_new",
                        "vosk_recognizer_new_grm",
                        "vosk_recognizer_partial_result",
                        "vosk_recognizer_result",
                        "vosk_recognizer_set_max_alternatives",
                        "vosk_set_log_level"),
                bound);
        // the n-best count: a C int, by value (a wrong signature would pass a garbage count)
        VoskLibrary.class.getDeclaredMethod("vosk_recognizer_set_max_alternatives", Pointer.class, int.class);
        Method accept = VoskLibrary.class.getDeclaredMethod(
                "vosk_recognizer_accept_waveform_s", Pointer.class, short[].class, int.class);
        assertEquals(int.class, accept.getReturnType(), "-1 must stay -1, not turn into true");
    }

    @Test
    void aChildThatFailsWithItsOwnReasonIsReportedInItsWords() {
        assertEquals(
                "the speech engine failed on a second of silence",
                ModelProbe.reason(ModelProbe.NOT_LOADED + "the speech engine failed on a second of silence.\n", 3));
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
