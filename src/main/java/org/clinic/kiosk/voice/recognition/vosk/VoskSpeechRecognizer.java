package org.clinic.kiosk.voice.recognition.vosk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.clinic.kiosk.voice.recognition.ExpectedSpeech;
import org.clinic.kiosk.voice.recognition.ModelLoading;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offline speech recognition with Vosk: one model, read once at start-up in the background and
 * shared; native recognizers kept in a {@link RecognizerPool} and reused question after question
 * (each grammar's graph is built once), each utterance behind a {@link GuardedUtterance}.
 *
 * <p>Loading can never take the kiosk down: the folder's files are checked in Java first, then a
 * child Java process reads the model, builds the real question grammar and feeds it a second of
 * silence (a damaged model may crash the native engine, and only the child dies), and only then
 * does this process read it. It then checks the kiosk's words and the wake phrase against the
 * model ({@code vosk_model_find_word}) and builds the question grammar once. Until it is ready,
 * and whenever it cannot be, {@link #status()} is off with one sentence for staff saying why, and
 * one log line says the same.
 *
 * <p>A model with a full decoding graph ({@code HCLG.fst}) ignores grammars: it is asked for any
 * words, whatever the vocabulary.
 */
public final class VoskSpeechRecognizer implements SpeechRecognizer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VoskSpeechRecognizer.class);

    static final String TOUCH_ONLY = "The kiosk works by touch.";

    private final Path folder;
    private final String name;
    private final ExpectedSpeech expected;
    private final BiFunction<Path, Vocabulary, Optional<String>> probe;
    private final Function<Path, NativeModel> loader;
    private final double unknownShare;
    private final ModelLoading loading = new ModelLoading(this::read, this::failed, result -> status = result);

    private volatile RecognizerStatus status;
    private NativeModel model;
    private RecognizerPool pool;
    private boolean fullGraph;
    private final Map<Vocabulary, VoskGrammar> grammars = new HashMap<>();
    private boolean closed;

    /** A recognizer for the model in {@code folder}; nothing is read until {@link #start()}. */
    public VoskSpeechRecognizer(Path folder, ExpectedSpeech expected) {
        this(
                folder,
                expected,
                (f, questions) -> ModelProbe.run(f, questions, ModelProbe.TIMEOUT),
                VoskEngine::loadModel,
                VoskGrammar.UNKNOWN_SHARE);
    }

    /**
     * @param probe        reads the model in a child process: empty if it could, else why not
     * @param loader       reads the model in this process
     * @param unknownShare the share of the grammar's single-word counts given to {@code [unk]}
     */
    VoskSpeechRecognizer(
            Path folder,
            ExpectedSpeech expected,
            BiFunction<Path, Vocabulary, Optional<String>> probe,
            Function<Path, NativeModel> loader,
            double unknownShare) {
        this.folder = folder;
        this.name = folder.getFileName() == null
                ? folder.toString()
                : folder.getFileName().toString();
        this.expected = expected;
        this.probe = probe;
        this.loader = loader;
        this.unknownShare = unknownShare;
        this.status = RecognizerStatus.off(
                "The speech model in " + folder + " is loading. Voice input starts when it is ready.");
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
        return RecognizerStatus.off("The speech model in " + folder + " could not be loaded ("
                + ModelFolder.printable(String.valueOf(e.getMessage())) + "). Install it again with "
                + installCommand() + ". " + TOUCH_ONLY);
    }

    private RecognizerStatus read() {
        Optional<ModelFolder.Problem> problem = ModelFolder.check(folder);
        if (problem.isPresent() && problem.get().absent()) {
            return RecognizerStatus.off("No speech model in " + folder + ". Install it with " + installCommand()
                    + "; voice-models/README.md explains how. " + TOUCH_ONLY);
        }
        if (problem.isPresent()) {
            return RecognizerStatus.off("The speech model in " + folder + " is incomplete: "
                    + problem.get().what() + ". Install it again with " + installCommand() + ". " + TOUCH_ONLY);
        }
        long began = System.nanoTime();
        Optional<String> probed = probe.apply(folder, expected.questions());
        if (probed.isPresent()) {
            return RecognizerStatus.off("The speech model in " + folder + " could not be loaded: " + probed.get()
                    + ". Install it again with " + installCommand() + ". " + TOUCH_ONLY);
        }
        long loadBegan = System.nanoTime();
        NativeModel loaded = loader.apply(folder);
        Duration took = Duration.ofNanos(System.nanoTime() - loadBegan);
        ModelReport report;
        RecognizerPool ready = new RecognizerPool(loaded::recognizer);
        try {
            report = prepare(loaded, ready);
        } catch (RuntimeException | LinkageError e) {
            ready.close();
            loaded.free();
            throw e;
        }
        synchronized (this) {
            if (closed) {
                ready.close();
                loaded.free();
                return RecognizerStatus.off("Voice input has stopped: the kiosk is shutting down.");
            }
            model = loaded;
            pool = ready;
        }
        report.log();
        return report.status(name, took, Duration.ofNanos(System.nanoTime() - began));
    }

    /**
     * Checks the expected words against the model and builds the question grammar's recognizer
     * once (kept in {@code ready} for the first question).
     */
    private ModelReport prepare(NativeModel loaded, RecognizerPool ready) {
        boolean full = ModelFolder.fullGraph(folder);
        VoskGrammar questions = VoskGrammar.of(expected.questions(), loaded::knows, unknownShare);
        List<String> unknownWake =
                expected.wakeWords().stream().filter(w -> !loaded.knows(w)).toList();
        String grammar = full || expected.questions().unrestricted() ? null : questions.json();
        long built = System.nanoTime();
        ready.giveBack(grammar, ready.take(grammar));
        Duration buildTime = Duration.ofNanos(System.nanoTime() - built);
        synchronized (this) {
            fullGraph = full;
            grammars.put(expected.questions(), questions);
        }
        return new ModelReport(full, questions, buildTime, expected.wakePhrase(), unknownWake);
    }

    static String installCommand() {
        return "./kiosk voice-model (on a clinic's machine: java -jar recurrence-kiosk.jar voice-model)";
    }

    @Override
    public RecognizerStatus status() {
        return status;
    }

    @Override
    public Utterance begin(Vocabulary vocabulary) {
        String grammar;
        RecognizerPool recognizers;
        synchronized (this) {
            if (closed || model == null) {
                throw new RecognizerException("voice input is off: " + status.detail());
            }
            grammar = fullGraph || vocabulary.unrestricted() ? null : grammarOf(vocabulary);
            recognizers = pool;
        }
        NativeRecognizer recognizer = recognizers.take(grammar);
        return new GuardedUtterance(recognizer, done -> recognizers.giveBack(grammar, done));
    }

    /** The grammar for {@code vocabulary}, kept for the few vocabularies the kiosk uses. */
    private String grammarOf(Vocabulary vocabulary) {
        VoskGrammar grammar = grammars.get(vocabulary);
        if (grammar == null) {
            grammar = VoskGrammar.of(vocabulary, model::knows, unknownShare);
            if (grammars.size() < RecognizerPool.GRAMMARS) {
                grammars.put(vocabulary, grammar);
            }
        }
        return grammar.json();
    }

    /** Frees the model once (at shutdown); utterances still open keep working until they close. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        status = RecognizerStatus.off("Voice input has stopped: the kiosk is shutting down.");
        if (model != null) {
            pool.close();
            model.free();
            model = null;
        }
    }
}
