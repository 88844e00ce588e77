package org.clinic.kiosk.voice.recognition.pocketsphinx;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;

/**
 * One PocketSphinx decoder ({@code ps_decoder_t}) with one search: open speech (the whole
 * dictionary and the model's language model) or one grammar (its own words only, and its bigram
 * model). The only class that calls the native library. Not thread-safe: {@link
 * PocketSphinxUtterance} and {@link DecoderPool} make sure one thread at a time uses it and that
 * {@link #free()} comes once, last.
 */
final class NativeDecoder implements Decoder {

    private static final String GRAMMAR = "grammar";

    /**
     * The first pass's language weight with a grammar. PocketSphinx's default, 6.5, suits its own
     * large model; the Vosk-style grammar, a thin bigram over a thousand phrases, then drowns the
     * sound: questions from {@code eval/tuning.tsv} spoken by kevin16 and slt were matched right
     * 38 and 45 % of the time at 6.5, 47 and 55 % at 2, 55 and 58 % at 1 (the later passes keep
     * their defaults; lowering them too measured worse).
     */
    static final String GRAMMAR_LANGUAGE_WEIGHT = "1.0";

    private final PocketSphinxLibrary.Decoder ps;
    private Pointer decoder;

    private NativeDecoder(Pointer decoder) {
        this.ps = PocketSphinxLibrary.decoder();
        this.decoder = decoder;
    }

    /**
     * A decoder for open speech. Call only on a model the child-process probe has read without
     * crashing: PocketSphinx ends the whole process on some damaged files.
     *
     * @param logFile where the engine writes its log ({@code /dev/null} in the kiosk: its log can
     *                name words it heard), or null for standard error
     */
    static NativeDecoder open(PocketSphinxModel model, String logFile) {
        return init(model, model.dictionary().toString(), model.languageModel().toString(), logFile, List.of());
    }

    /** A decoder for one grammar: {@code dictionary} and {@code arpa} are the texts of its files. */
    static NativeDecoder grammar(PocketSphinxModel model, String dictionary, String arpa, String logFile) {
        NativeDecoder made;
        try (MemoryFile words = MemoryFile.of("kiosk-dictionary", dictionary)) {
            made = init(model, words.path(), null, logFile, List.of("-lw", GRAMMAR_LANGUAGE_WEIGHT));
        }
        try (MemoryFile lm = MemoryFile.of("kiosk-grammar", arpa)) {
            made.useLanguageModel(lm.path());
        } catch (RuntimeException e) {
            made.free();
            throw e;
        }
        return made;
    }

    /**
     * The engine's setup (its settings, log file and model reading) keeps process-wide state that is not
     * safe for two threads at once: two decoders made at the same moment for the grammar both hung in
     * ps_init, for good. So decoders are made one at a time; decoding itself runs side by side.
     */
    private static final Object SETUP = new Object();

    private static NativeDecoder init(
            PocketSphinxModel model, String dictionary, String lm, String logFile, List<String> extra) {
        synchronized (SETUP) {
            return initAlone(model, dictionary, lm, logFile, extra);
        }
    }

    private static NativeDecoder initAlone(
            PocketSphinxModel model, String dictionary, String lm, String logFile, List<String> extra) {
        PocketSphinxLibrary.Decoder ps = PocketSphinxLibrary.decoder();
        PocketSphinxLibrary.Base base = PocketSphinxLibrary.base();
        List<Object> settings =
                new ArrayList<>(List.of("-hmm", model.acousticModel().toString(), "-dict", dictionary));
        if (logFile != null) {
            settings.addAll(List.of("-logfn", logFile));
        }
        if (lm != null) {
            settings.addAll(List.of("-lm", lm));
        }
        settings.addAll(extra);
        settings.add(null);
        Pointer config = base.cmd_ln_init(null, ps.ps_args(), 1, settings.toArray());
        if (config == null) {
            throw new RecognizerException("the speech engine refused its settings");
        }
        Pointer decoder;
        try {
            decoder = ps.ps_init(config);
        } finally {
            base.cmd_ln_free_r(config); // the decoder keeps its own reference
        }
        if (decoder == null) {
            throw new RecognizerException("the speech engine could not read the model");
        }
        return new NativeDecoder(decoder);
    }

    private void useLanguageModel(String file) {
        PocketSphinxLibrary.Base base = PocketSphinxLibrary.base();
        Pointer lm;
        synchronized (SETUP) {
            lm = base.ngram_model_read(null, file, PocketSphinxLibrary.NGRAM_ARPA, ps.ps_get_logmath(live()));
        }
        if (lm == null) {
            throw new RecognizerException("the speech engine could not read the kiosk's word list");
        }
        try {
            if (ps.ps_set_lm(decoder, GRAMMAR, lm) < 0 || ps.ps_set_search(decoder, GRAMMAR) < 0) {
                throw new RecognizerException("the speech engine refused the kiosk's word list");
            }
        } finally {
            base.ngram_model_free(lm); // the decoder keeps its own reference
        }
    }

    @Override
    public void start() {
        if (ps.ps_start_utt(live()) < 0) {
            throw new RecognizerException("the speech engine could not start an utterance");
        }
    }

    @Override
    public String process(short[] samples, int length) {
        if (ps.ps_process_raw(live(), samples, length, 0, 0) < 0) {
            throw new RecognizerException("the speech engine failed on the audio");
        }
        return ps.ps_get_hyp(decoder, null);
    }

    @Override
    public String end() {
        if (ps.ps_end_utt(live()) < 0) {
            throw new RecognizerException("the speech engine could not end the utterance");
        }
        return ps.ps_get_hyp(decoder, null);
    }

    @Override
    public List<String> alternatives(int max) {
        List<String> found = new ArrayList<>();
        Pointer nbest = ps.ps_nbest(live());
        while (nbest != null && found.size() < max) {
            nbest = ps.ps_nbest_next(nbest); // frees the iterator when it returns null
            if (nbest != null) {
                String hyp = ps.ps_nbest_hyp(nbest, new IntByReference());
                if (hyp != null && !found.contains(hyp)) {
                    found.add(hyp);
                }
            }
        }
        if (nbest != null) {
            ps.ps_nbest_free(nbest);
        }
        return found;
    }

    @Override
    public void free() {
        if (decoder != null) {
            Pointer freed = decoder;
            decoder = null;
            ps.ps_free(freed);
        }
    }

    private Pointer live() {
        if (decoder == null) {
            throw new RecognizerException("this decoder is already freed");
        }
        return decoder;
    }
}
