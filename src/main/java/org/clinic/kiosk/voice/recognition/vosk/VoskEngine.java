package org.clinic.kiosk.voice.recognition.vosk;

import com.sun.jna.Pointer;
import java.nio.file.Path;
import org.clinic.kiosk.voice.recognition.AudioFormat;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;

/**
 * The only class that calls libvosk ({@link VoskLibrary}). Vosk's own log goes to standard error;
 * it is turned down to errors only, so no recognized words ever reach a log (what its warnings
 * would say, such as the words a model does not know, the kiosk logs in its own words).
 */
final class VoskEngine {

    /** Kaldi's verbosity: -1 still prints warnings, -2 prints nothing but errors. */
    private static final int ERRORS_ONLY = -2;

    /**
     * How many transcripts each recognizer gives at the end of a phrase, the best one included
     * (the same count the PocketSphinx adapter asks for): the matcher weighs them all.
     */
    static final int ALTERNATIVES = 5;

    private static final Object QUIET_LOCK = new Object();
    private static boolean quiet;

    private VoskEngine() {}

    /** Loads libvosk (once) and silences its log. */
    static void quiet() {
        synchronized (QUIET_LOCK) {
            if (!quiet) {
                VoskLibrary.load();
                VoskLibrary.vosk_set_log_level(ERRORS_ONLY);
                quiet = true;
            }
        }
    }

    /** Reads a model. Call only on a folder the child-JVM probe has read without crashing. */
    static NativeModel loadModel(Path folder) {
        quiet();
        Pointer model = VoskLibrary.vosk_model_new(folder.toAbsolutePath().toString());
        if (model == null) {
            throw new RecognizerException("the speech engine could not read the model");
        }
        return new JnaModel(model);
    }

    /** A model from {@code vosk_model_new}; freed once. */
    private static final class JnaModel implements NativeModel {
        private Pointer pointer;

        JnaModel(Pointer pointer) {
            this.pointer = pointer;
        }

        @Override
        public synchronized boolean knows(String word) {
            return VoskLibrary.vosk_model_find_word(usable(), word) >= 0;
        }

        @Override
        public synchronized NativeRecognizer recognizer(String grammar) {
            float rate = AudioFormat.RECOGNIZER.sampleRate();
            Pointer model = usable();
            Pointer recognizer = grammar == null
                    ? VoskLibrary.vosk_recognizer_new(model, rate)
                    : VoskLibrary.vosk_recognizer_new_grm(model, rate, grammar);
            if (recognizer == null) {
                // never free a null recognizer: Vosk 0.3.45 crashes on it
                throw new RecognizerException("the speech engine could not start a recognizer");
            }
            // every recognizer, grammar or not, gives its n-best: VoskResults reads that shape
            VoskLibrary.vosk_recognizer_set_max_alternatives(recognizer, ALTERNATIVES);
            return new JnaRecognizer(recognizer);
        }

        @Override
        public synchronized void free() {
            if (pointer != null) {
                VoskLibrary.vosk_model_free(pointer);
                pointer = null;
            }
        }

        private Pointer usable() {
            if (pointer == null) {
                throw new RecognizerException("the speech model is already freed");
            }
            return pointer;
        }
    }

    private record JnaRecognizer(Pointer pointer) implements NativeRecognizer {

        @Override
        public int accept(short[] samples, int length) {
            return VoskLibrary.vosk_recognizer_accept_waveform_s(pointer, samples, length);
        }

        @Override
        public String result() {
            return VoskLibrary.vosk_recognizer_result(pointer);
        }

        @Override
        public String partialResult() {
            return VoskLibrary.vosk_recognizer_partial_result(pointer);
        }

        @Override
        public String finalResult() {
            return VoskLibrary.vosk_recognizer_final_result(pointer);
        }

        @Override
        public void free() {
            VoskLibrary.vosk_recognizer_free(pointer);
        }
    }
}
