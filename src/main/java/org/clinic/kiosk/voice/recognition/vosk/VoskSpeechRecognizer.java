package org.clinic.kiosk.voice.recognition.vosk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.Model;

/**
 * Offline speech recognition with Vosk: one model, read once at start-up in the background and
 * shared; one native recognizer per utterance, behind a {@link GuardedUtterance}.
 *
 * <p>Loading can never take the kiosk down: the folder's files are checked in Java first, then a
 * child Java process reads the model (a damaged model may crash the native engine, and only the
 * child dies), and only then does this process read it. Until it is ready, and whenever it cannot
 * be, {@link #status()} is off with one sentence for staff saying why, and one log line says the
 * same.
 */
public final class VoskSpeechRecognizer implements SpeechRecognizer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VoskSpeechRecognizer.class);

    static final String TOUCH_ONLY = "The kiosk works by touch.";

    private final Path folder;
    private final String name;
    private final Function<Path, Optional<String>> probe;
    private final CountDownLatch settled = new CountDownLatch(1);

    private volatile RecognizerStatus status;
    private Model model;
    private Optional<Set<String>> knownWords = Optional.empty();
    private boolean closed;

    /** A recognizer for the model in {@code folder}; nothing is read until {@link #start()}. */
    public VoskSpeechRecognizer(Path folder) {
        this(folder, f -> ModelProbe.run(f, ModelProbe.TIMEOUT));
    }

    VoskSpeechRecognizer(Path folder, Function<Path, Optional<String>> probe) {
        this.folder = folder;
        this.name = folder.getFileName() == null
                ? folder.toString()
                : folder.getFileName().toString();
        this.probe = probe;
        this.status = RecognizerStatus.off(
                "The speech model in " + folder + " is loading. Voice input starts when it is ready.");
    }

    /** Reads the model on a background thread; {@link #status()} says when it is ready. */
    public void start() {
        Thread.ofPlatform().name("speech-model-loader").daemon().start(this::load);
    }

    /** Waits until loading has ended, ready or not; true if it has. */
    public boolean awaitLoaded(Duration timeout) throws InterruptedException {
        return settled.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Checks, probes and reads the model on this thread; the status afterwards. */
    RecognizerStatus load() {
        try {
            RecognizerStatus result;
            try {
                result = read();
            } catch (RuntimeException | LinkageError e) {
                result = RecognizerStatus.off("The speech model in " + folder + " could not be loaded ("
                        + ModelFolder.printable(String.valueOf(e.getMessage())) + "). Install it again with "
                        + installCommand() + ". " + TOUCH_ONLY);
            }
            if (result.ready()) {
                LOG.info("Voice input on: {}", result.detail());
            } else {
                LOG.warn("Voice input off: {}", result.detail());
            }
            status = result;
            return result;
        } finally {
            settled.countDown();
        }
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
        Optional<String> probed = probe.apply(folder);
        if (probed.isPresent()) {
            return RecognizerStatus.off("The speech model in " + folder + " could not be loaded: " + probed.get()
                    + ". Install it again with " + installCommand() + ". " + TOUCH_ONLY);
        }
        long loadBegan = System.nanoTime();
        Model loaded = VoskEngine.loadModel(folder);
        Duration took = Duration.ofNanos(System.nanoTime() - loadBegan);
        synchronized (this) {
            if (closed) {
                VoskEngine.free(loaded);
                return RecognizerStatus.off("Voice input has stopped: the kiosk is shutting down.");
            }
            model = loaded;
            knownWords = ModelFolder.knownWords(folder);
        }
        return RecognizerStatus.ready(
                name,
                String.format(
                        Locale.ROOT,
                        "Speech model %s loaded in %.1f s (checked in a separate process first, %.1f s in all).",
                        name,
                        took.toMillis() / 1000.0,
                        Duration.ofNanos(System.nanoTime() - began).toMillis() / 1000.0));
    }

    static String installCommand() {
        return "./kiosk voice-model (on a clinic's machine: java -jar recurrence-kiosk.jar voice-model)";
    }

    @Override
    public RecognizerStatus status() {
        return status;
    }

    @Override
    public synchronized Utterance begin(Vocabulary vocabulary) {
        if (closed || model == null) {
            throw new RecognizerException("voice input is off: " + status.detail());
        }
        String grammar = vocabulary.unrestricted() ? null : VoskGrammar.json(vocabulary, knownWords);
        return new GuardedUtterance(VoskEngine.recognizer(model, grammar));
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
            VoskEngine.free(model);
            model = null;
        }
    }
}
