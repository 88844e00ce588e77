package org.clinic.kiosk.voice.recognition.pocketsphinx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.clinic.kiosk.voice.recognition.ModelLoading;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offline speech recognition with CMU PocketSphinx (Debian's {@code libpocketsphinx3} and its
 * {@code pocketsphinx-en-us} model). Open speech uses the model's own dictionary and language
 * model; a {@link Vocabulary} becomes a bigram language model built the way Vosk builds its grammar
 * ({@link BigramGrammar}) over a dictionary of its words only, so a grammar is ready in tens of
 * milliseconds. Decoders are kept and reused ({@link DecoderPool}); each utterance borrows one
 * behind a {@link PocketSphinxUtterance}.
 *
 * <p>Loading can never take the kiosk down: the files are checked in Java, then a child process
 * does everything the kiosk will do with the model ({@link PocketSphinxProbe}), and only then does
 * this process read it. Until it is ready, and whenever it cannot be, {@link #status()} is off with
 * one sentence for staff saying why, and one log line says the same. Words of a vocabulary that the
 * dictionary lacks are left out and named in the status. The engine's own log is discarded: it can
 * name words it heard.
 */
public final class PocketSphinxRecognizer implements SpeechRecognizer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PocketSphinxRecognizer.class);

    static final String TOUCH_ONLY = "The kiosk works by touch.";
    static final String INSTALL = "apt-get install libpocketsphinx3 pocketsphinx-en-us";

    /** Decoders alive at most: one tab's open and grammar decoders, and a second tab's. */
    static final int DECODERS = 4;

    /** Grammars kept ready (the questions', the wake phrase's, "stop", with room to spare). */
    static final int GRAMMARS = 8;

    private static final String OPEN = "open";
    private static final String DISCARD_LOG = "/dev/null";

    private final PocketSphinxModel model;
    private final Function<Path, Optional<String>> probe;
    private final ModelLoading loading = new ModelLoading(this::read, this::failed, this::loaded);
    private final DecoderPool pool = new DecoderPool(DECODERS);
    private final AtomicInteger grammarNumbers = new AtomicInteger();
    private final Map<Vocabulary, GrammarFiles> grammars = new LinkedHashMap<>(16, 0.75f, true);

    private volatile RecognizerStatus loaded;
    private volatile RecognizerStatus status;
    private volatile PronouncingDictionary dictionary;
    private boolean closed;

    /** A recognizer for the model in {@code folder}; nothing is read until {@link #start()}. */
    public PocketSphinxRecognizer(Path folder) {
        this(folder, f -> PocketSphinxProbe.run(f, PocketSphinxProbe.TIMEOUT));
    }

    PocketSphinxRecognizer(Path folder, Function<Path, Optional<String>> probe) {
        this.model = new PocketSphinxModel(folder);
        this.probe = probe;
        this.status = RecognizerStatus.off(
                "The PocketSphinx model in " + folder + " is loading. Voice input starts when it is ready.");
        this.loaded = status;
    }

    /** Reads the model on a background thread; {@link #status()} says when it is ready. */
    public void start() {
        loading.start();
    }

    /** Waits until loading has ended, ready or not; true if it has. */
    public boolean awaitLoaded(Duration timeout) throws InterruptedException {
        return loading.await(timeout);
    }

    /** Checks, probes and reads the model on this thread; the status afterwards. */
    RecognizerStatus load() {
        return loading.run();
    }

    private RecognizerStatus failed(RuntimeException e) {
        return RecognizerStatus.off("The PocketSphinx model in " + model.folder() + " could not be loaded ("
                + PocketSphinxProbe.printable(String.valueOf(e.getMessage())) + "). Install it again with "
                + INSTALL + ". " + TOUCH_ONLY);
    }

    private void loaded(RecognizerStatus result) {
        loaded = result;
        status = result;
    }

    private RecognizerStatus read() {
        Optional<PocketSphinxModel.Problem> problem = model.check();
        if (problem.isPresent() && problem.get().absent()) {
            return RecognizerStatus.off(
                    "No PocketSphinx model in " + model.folder() + ". Install it with " + INSTALL + ". " + TOUCH_ONLY);
        }
        if (problem.isPresent()) {
            return RecognizerStatus.off("The PocketSphinx model in " + model.folder() + " is incomplete: "
                    + problem.get().what() + ". Install it again with " + INSTALL + ". " + TOUCH_ONLY);
        }
        long began = System.nanoTime();
        Optional<String> probed = probe.apply(model.folder());
        if (probed.isPresent()) {
            return RecognizerStatus.off("The PocketSphinx model in " + model.folder() + " could not be loaded: "
                    + probed.get() + ". Install it again with " + INSTALL + ". " + TOUCH_ONLY);
        }
        long loadBegan = System.nanoTime();
        dictionary = PronouncingDictionary.read(model.dictionary());
        pool.prepare(OPEN, () -> NativeDecoder.open(model, DISCARD_LOG));
        synchronized (this) {
            if (closed) {
                pool.close();
                return RecognizerStatus.off("Voice input has stopped: the kiosk is shutting down.");
            }
        }
        return RecognizerStatus.ready(
                "PocketSphinx en-us",
                String.format(
                        Locale.ROOT,
                        "PocketSphinx with its en-us model (%s) loaded in %.1f s (checked in a separate process first,"
                                + " %.1f s in all).",
                        model.folder(),
                        Duration.ofNanos(System.nanoTime() - loadBegan).toMillis() / 1000.0,
                        Duration.ofNanos(System.nanoTime() - began).toMillis() / 1000.0));
    }

    @Override
    public RecognizerStatus status() {
        return status;
    }

    @Override
    public Utterance begin(Vocabulary vocabulary) {
        if (!loaded.ready()) {
            throw new RecognizerException("voice input is off: " + status.detail());
        }
        if (vocabulary.unrestricted()) {
            return new PocketSphinxUtterance(pool.take(OPEN, () -> NativeDecoder.open(model, DISCARD_LOG)), pool);
        }
        GrammarFiles grammar = grammar(vocabulary);
        return new PocketSphinxUtterance(
                pool.take(
                        grammar.search(),
                        () -> NativeDecoder.grammar(model, grammar.dictionary(), grammar.arpa(), DISCARD_LOG)),
                pool);
    }

    /**
     * Builds the grammar of {@code vocabulary} and one decoder for it ahead of its first utterance
     * (a no-op when it is ready already).
     *
     * @return how long it took, how many words it has and which words were left out
     */
    public GrammarReport prepare(Vocabulary vocabulary) {
        if (!loaded.ready() || vocabulary.unrestricted()) {
            throw new RecognizerException("no grammar to prepare: " + status.detail());
        }
        long began = System.nanoTime();
        GrammarFiles grammar = grammar(vocabulary);
        pool.prepare(
                grammar.search(),
                () -> NativeDecoder.grammar(model, grammar.dictionary(), grammar.arpa(), DISCARD_LOG));
        return new GrammarReport(grammar.words(), grammar.dropped(), Duration.ofNanos(System.nanoTime() - began));
    }

    /**
     * @param words   distinct words the grammar listens for
     * @param dropped the vocabulary's words the dictionary lacks, left out
     * @param took    building the language model and the dictionary, and starting a decoder with them
     */
    public record GrammarReport(int words, SortedSet<String> dropped, Duration took) {}

    private GrammarFiles grammar(Vocabulary vocabulary) {
        GrammarFiles grammar;
        GrammarFiles evicted = null;
        synchronized (grammars) {
            grammar = grammars.get(vocabulary);
            if (grammar == null) {
                grammar = GrammarFiles.of(vocabulary, dictionary, "grammar-" + grammarNumbers.incrementAndGet());
                grammars.put(vocabulary, grammar);
                if (grammars.size() > GRAMMARS) {
                    var eldest = grammars.entrySet().iterator();
                    evicted = eldest.next().getValue();
                    eldest.remove();
                }
                noteLeftOut(grammar);
            }
        }
        if (evicted != null) {
            pool.forget(evicted.search());
        }
        return grammar;
    }

    /** Names the words left out of the grammars on the status (and once in the log), never silently. */
    private void noteLeftOut(GrammarFiles grammar) {
        if (grammar.dropped().isEmpty()) {
            return;
        }
        SortedSet<String> all = new java.util.TreeSet<>();
        grammars.values().forEach(g -> all.addAll(g.dropped()));
        String note = " Words the kiosk listens for that PocketSphinx's dictionary lacks, so it cannot hear them ("
                + all.size() + "): " + String.join(", ", all) + ".";
        RecognizerStatus base = loaded;
        status = new RecognizerStatus(base.ready(), base.model(), base.detail() + note);
        LOG.warn(
                "Voice input: {} words of the kiosk's word list are not in PocketSphinx's dictionary and are left out: {}",
                grammar.dropped().size(),
                String.join(", ", grammar.dropped()));
    }

    /** Decoders alive now (idle, lent or being made). */
    int decoders() {
        return pool.live();
    }

    /** Frees the decoders once (at shutdown); utterances still open keep theirs until they close. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        RecognizerStatus stopped = RecognizerStatus.off("Voice input has stopped: the kiosk is shutting down.");
        loaded = stopped;
        status = stopped;
        pool.close();
    }
}
