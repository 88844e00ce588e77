package org.clinic.kiosk.voice.recognition.vosk;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Our own binding to libvosk 0.3.45 ({@code libvosk.so} from the {@code com.alphacephei:vosk}
 * jar), through JNA direct mapping, with the C signatures of {@code vosk_api.h}. The jar's own
 * {@code org.vosk.LibVosk} is not used: it declares {@code vosk_recognizer_accept_waveform_s} as
 * returning {@code boolean}, so its -1 (an exception inside the engine) reads as "phrase ended",
 * and it does not expose {@code vosk_model_find_word}. Only {@link VoskEngine} calls this.
 *
 * <p>Never bound: {@code vosk_recognizer_set_grm}. On a recognizer that has heard audio, 0.3.45
 * raises an engine error ({@code KALDI_ERR}, a C++ exception) that nothing catches, and the whole
 * process aborts.
 */
final class VoskLibrary {

    static {
        Native.register(VoskLibrary.class, "vosk");
    }

    private VoskLibrary() {}

    /** Makes sure the library is loaded and every function below is bound (class initialisation). */
    static void load() {
        // the static initialiser has run when this returns
    }

    /** Kaldi's verbosity: 0 info, -1 warnings and errors, -2 errors only. */
    static native void vosk_set_log_level(int level);

    /** A model read from {@code path}, or null when it cannot be read. */
    static native Pointer vosk_model_new(String path);

    static native void vosk_model_free(Pointer model);

    /** The word's symbol in the model's vocabulary, or -1 when the model does not know it (0 is epsilon). */
    static native int vosk_model_find_word(Pointer model, String word);

    /** A recognizer over the model's own graph, or null. */
    static native Pointer vosk_recognizer_new(Pointer model, float sampleRate);

    /** A recognizer over a language model built from {@code grammar} (a JSON list of phrases), or null. */
    static native Pointer vosk_recognizer_new_grm(Pointer model, float sampleRate, String grammar);

    /** 1 when the engine found the end of a phrase, 0 when decoding goes on, -1 when the engine failed. */
    static native int vosk_recognizer_accept_waveform_s(Pointer recognizer, short[] data, int length);

    static native String vosk_recognizer_result(Pointer recognizer);

    static native String vosk_recognizer_partial_result(Pointer recognizer);

    /** The last words; afterwards the recognizer starts afresh with the next audio it is given. */
    static native String vosk_recognizer_final_result(Pointer recognizer);

    /**
     * Up to {@code max} likely transcripts in each result of the recognizer (0: only the best):
     * its phrase and final results then read {@code {"alternatives": [{"text": ..., "confidence": ...}, ...]}}
     * instead of {@code {"text": ...}}; partial results keep their shape.
     */
    static native void vosk_recognizer_set_max_alternatives(Pointer recognizer, int max);

    static native void vosk_recognizer_free(Pointer recognizer);
}
