package org.clinic.kiosk.voice.recognition.vosk;

import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.file.Path;
import org.clinic.kiosk.voice.recognition.AudioFormat;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.vosk.LibVosk;
import org.vosk.Model;

/**
 * The only class that calls libvosk (through JNA). Vosk's own log goes to standard error; it is
 * turned down to errors only, so no recognized words ever reach a log.
 */
final class VoskEngine {

    /** Kaldi's verbosity: -1 still prints warnings, -2 prints nothing but errors. */
    private static final int ERRORS_ONLY = -2;

    private static final Object QUIET_LOCK = new Object();
    private static boolean quiet;

    private VoskEngine() {}

    /** Loads libvosk (once) and silences its log. */
    static void quiet() {
        synchronized (QUIET_LOCK) {
            if (!quiet) {
                LibVosk.vosk_set_log_level(ERRORS_ONLY);
                quiet = true;
            }
        }
    }

    /** Reads a model. Call only on a folder the child-JVM probe has read without crashing. */
    static Model loadModel(Path folder) {
        quiet();
        try {
            return new Model(folder.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new RecognizerException("the speech engine could not read the model", e);
        }
    }

    /** A recognizer on {@code model}, with a grammar (JSON list) or without one ({@code null}). */
    static NativeRecognizer recognizer(Model model, String grammar) {
        float rate = AudioFormat.RECOGNIZER.sampleRate();
        Pointer pointer = grammar == null
                ? LibVosk.vosk_recognizer_new(model, rate)
                : LibVosk.vosk_recognizer_new_grm(model.getPointer(), rate, grammar);
        if (pointer == null) {
            // never free a null recognizer: Vosk 0.3.45 crashes on it
            throw new RecognizerException("the speech engine could not start a recognizer");
        }
        return new JnaRecognizer(pointer);
    }

    /** Frees a model loaded by {@link #loadModel}; recognizers still open keep their own reference. */
    static void free(Model model) {
        Pointer pointer = model.getPointer();
        if (pointer != null) {
            model.setPointer(null);
            LibVosk.vosk_model_free(pointer);
        }
    }

    private record JnaRecognizer(Pointer pointer) implements NativeRecognizer {

        @Override
        public boolean accept(short[] samples, int length) {
            return LibVosk.vosk_recognizer_accept_waveform_s(pointer, samples, length);
        }

        @Override
        public String result() {
            return LibVosk.vosk_recognizer_result(pointer);
        }

        @Override
        public String partialResult() {
            return LibVosk.vosk_recognizer_partial_result(pointer);
        }

        @Override
        public String finalResult() {
            return LibVosk.vosk_recognizer_final_result(pointer);
        }

        @Override
        public void free() {
            LibVosk.vosk_recognizer_free(pointer);
        }
    }
}
