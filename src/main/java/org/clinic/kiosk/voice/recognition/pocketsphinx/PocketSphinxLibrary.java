package org.clinic.kiosk.voice.recognition.pocketsphinx;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * The C API of Debian's PocketSphinx 0.8+5prealpha ({@code libpocketsphinx.so.3}) and the few
 * SphinxBase calls it needs ({@code libsphinxbase.so.3}), through JNA. Loaded by their versioned
 * names, so only the runtime packages ({@code libpocketsphinx3}, {@code libsphinxbase3}) are needed,
 * not the {@code -dev} ones. Only {@link NativeDecoder} calls these.
 */
final class PocketSphinxLibrary {

    /** {@code libpocketsphinx.so.3}: the decoder. */
    interface Decoder extends Library {
        Pointer ps_args();

        Pointer ps_init(Pointer config);

        int ps_free(Pointer ps);

        Pointer ps_get_logmath(Pointer ps);

        int ps_set_lm(Pointer ps, String name, Pointer lm);

        int ps_set_search(Pointer ps, String name);

        int ps_start_utt(Pointer ps);

        int ps_process_raw(Pointer ps, short[] data, long samples, int noSearch, int fullUtt);

        int ps_end_utt(Pointer ps);

        String ps_get_hyp(Pointer ps, IntByReference score);

        Pointer ps_nbest(Pointer ps);

        Pointer ps_nbest_next(Pointer nbest);

        String ps_nbest_hyp(Pointer nbest, IntByReference score);

        void ps_nbest_free(Pointer nbest);
    }

    /** {@code libsphinxbase.so.3}: configuration, language models, memory. */
    interface Base extends Library {
        /** Name-value pairs of strings, ended by a null. */
        Pointer cmd_ln_init(Pointer inout, Pointer definitions, int strict, Object... nameValuePairs);

        int cmd_ln_free_r(Pointer config);

        /** {@code file_type} 1 is ARPA text. */
        Pointer ngram_model_read(Pointer config, String file, int fileType, Pointer logmath);

        int ngram_model_free(Pointer model);
    }

    static final int NGRAM_ARPA = 1;

    private static volatile Decoder decoder;
    private static volatile Base base;

    private PocketSphinxLibrary() {}

    /** Loads both libraries once; a {@link LinkageError} when they are not installed. */
    static synchronized Decoder decoder() {
        if (decoder == null) {
            base = Native.load("libsphinxbase.so.3", Base.class);
            decoder = Native.load("libpocketsphinx.so.3", Decoder.class);
        }
        return decoder;
    }

    static Base base() {
        decoder();
        return base;
    }
}
