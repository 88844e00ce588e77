package org.clinic.kiosk.voice.audio;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.Utterance;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The voice pipeline of one browser tab: audio chunks in, one {@link QuestionRecognition} at a
 * time (conversion, end points, recognition), and the words out through {@link Events}.
 *
 * <p>This class owns the worker thread and its queue: all the work happens on that one thread,
 * so each question's {@link Utterance} is begun, fed, finished and closed exactly once there,
 * whatever thread offers audio. A question begins with the caller's {@link Vocabulary}. A failing
 * recognizer ends the question as "nothing heard"; it never stops the session.
 *
 * <p>Bounded: at most {@link #QUEUE_CHUNKS} chunks wait; more are refused ({@link Offer#FULL}).
 * Audio and words are never written anywhere or logged; nothing is kept after a question ends.
 */
public final class ListeningSession implements AutoCloseable {

    /** Chunks that may wait for the worker (about 2 s of audio); more are refused. */
    public static final int QUEUE_CHUNKS = 20;

    /** How often the worker checks, without audio, whether the browser stopped sending. */
    private static final long WATCHDOG_MILLIS = 250;

    private static final Logger LOG = LoggerFactory.getLogger(ListeningSession.class);
    private static final AtomicLong NUMBERS = new AtomicLong();

    /** Told on the worker thread what happens to each question. */
    public interface Events {
        void partial(Transcript heard);

        void heard(Transcript heard);

        void nothingHeard();
    }

    /** What became of an offered chunk. */
    public enum Offer {
        /** Queued for the question being heard. */
        ACCEPTED,
        /** No question is being heard: the chunk was dropped (the browser should stop sending). */
        NOT_LISTENING,
        /** Too many chunks wait already: dropped. */
        FULL
    }

    /** What the worker is asked to do, in the order asked. */
    private sealed interface Message {}

    /** Begin a new question (dropping the one in progress). */
    private record Listen(Vocabulary vocabulary, long generation) implements Message {}

    /** A chunk of the question being heard. */
    private record Audio(AudioChunk chunk) implements Message {}

    /** Drop the question in progress without telling anyone. */
    private record Ignore() implements Message {}

    /** Drop everything and stop the worker. */
    private record Close() implements Message {}

    private final SpeechRecognizer recognizer;
    private final VoiceSettings settings;
    private final Events events;
    private final Inbox<Message> inbox = new Inbox<>();
    private final AtomicInteger queuedChunks = new AtomicInteger();
    private final Thread worker;
    private volatile boolean listening;
    private volatile boolean closed;
    /** Counts listen and ignore calls, so the end of an older question never stops a newer one. */
    private final AtomicLong generation = new AtomicLong();
    // ---- worker thread only ----
    private QuestionRecognition question;

    public ListeningSession(SpeechRecognizer recognizer, VoiceSettings settings, Events events) {
        this.recognizer = recognizer;
        this.settings = settings;
        this.events = events;
        // a platform thread: the recognizer's long native calls would pin a virtual thread's carrier
        this.worker = Thread.ofPlatform()
                .daemon(true)
                .name("listening-" + NUMBERS.incrementAndGet())
                .start(this::work);
    }

    /** Starts a new question (dropping one in progress), recognized with {@code vocabulary}. */
    public void listen(Vocabulary vocabulary) {
        if (closed) {
            return;
        }
        long g = generation.incrementAndGet();
        listening = true;
        inbox.put(new Listen(vocabulary, g));
    }

    /** Drops the question in progress, if any, and ignores audio until the next {@link #listen}. */
    public void ignore() {
        generation.incrementAndGet();
        listening = false;
        if (!closed) {
            inbox.put(new Ignore());
        }
    }

    /** Offers one chunk of the question being heard; never blocks. */
    public Offer offer(AudioChunk chunk) {
        if (!listening || closed) {
            return Offer.NOT_LISTENING;
        }
        if (queuedChunks.incrementAndGet() > QUEUE_CHUNKS) {
            queuedChunks.decrementAndGet();
            return Offer.FULL;
        }
        inbox.put(new Audio(chunk));
        return Offer.ACCEPTED;
    }

    /** Whether a question is being heard (audio is wanted). */
    public boolean listening() {
        return listening && !closed;
    }

    /** Chunks waiting for the worker now. */
    public int queuedChunks() {
        return queuedChunks.get();
    }

    /** Ends the session: the question in progress is dropped and its utterance closed. Idempotent. */
    @Override
    public void close() {
        listening = false;
        if (!closed) {
            closed = true;
            inbox.put(new Close());
        }
    }

    /**
     * Waits until the worker has dealt with every chunk offered so far (and told what came of
     * them), or {@code timeout} passed.
     *
     * @return whether the worker was idle in time
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return inbox.awaitIdle(timeout, worker::isAlive);
    }

    /** Waits for the worker to finish after {@link #close()} (for tests and shutdown). */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return worker.join(timeout);
    }

    private void work() {
        try {
            while (true) {
                Message message = inbox.poll(WATCHDOG_MILLIS);
                if (message == null) {
                    checkSilentBrowser();
                    continue;
                }
                try {
                    handle(message);
                } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                    // whatever went wrong, this tab's listening goes on: the question is dropped,
                    // its recognizer freed, and the screen told that nothing was heard
                    LOG.warn("Voice: a question failed ({})", e.getClass().getSimpleName());
                    failed();
                } finally {
                    inbox.done();
                }
                if (message instanceof Close) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            drop();
            Thread.currentThread().interrupt();
        }
    }

    private void handle(Message message) {
        switch (message) {
            case Audio audio -> {
                queuedChunks.decrementAndGet();
                if (question != null) {
                    hear(audio.chunk());
                }
            }
            case Listen listen -> {
                drop();
                question = QuestionRecognition.begin(recognizer, listen.vocabulary(), settings, listen.generation());
                if (question == null) {
                    stopListening(listen.generation());
                    tell(events::nothingHeard);
                }
            }
            case Ignore ignore -> drop();
            case Close close -> {
                drop();
                inbox.clear();
                queuedChunks.set(0);
            }
        }
    }

    private void hear(AudioChunk chunk) {
        QuestionRecognition q = question;
        QuestionRecognition.Outcome outcome = q.hear(chunk, partial -> tell(() -> events.partial(partial)));
        if (!(outcome instanceof QuestionRecognition.Outcome.Going)) {
            end(q, outcome);
        }
    }

    /** The question is over: its utterance is freed, its audio forgotten, and the screen told. */
    private void end(QuestionRecognition q, QuestionRecognition.Outcome outcome) {
        question = null;
        q.close();
        stopListening(q.generation());
        switch (outcome) {
            case QuestionRecognition.Outcome.Heard heard -> tell(() -> events.heard(heard.words()));
            case QuestionRecognition.Outcome.NothingHeard nothing -> tell(events::nothingHeard);
            case QuestionRecognition.Outcome.Going going -> throw new IllegalStateException("the question goes on");
        }
    }

    /** No more audio wanted for the question {@code g} asked for, unless a newer question was asked meanwhile. */
    private void stopListening(long g) {
        if (generation.get() == g) {
            listening = false;
        }
    }

    /**
     * Audio stopped coming (the browser lost the microphone or the network): after
     * {@code no-speech-timeout} without a chunk the question ends on the clock, with the words
     * heard so far or as "nothing heard".
     */
    private void checkSilentBrowser() {
        QuestionRecognition q = question;
        if (q == null
                || System.nanoTime() - q.lastAudioNanos()
                        < settings.noSpeechTimeout().toNanos()) {
            return;
        }
        if (q.speechSeen()) {
            LOG.info("Voice: no audio came for a while; the question ends with what was heard");
            end(q, q.finish());
        } else {
            end(q, QuestionRecognition.NOTHING_HEARD);
        }
    }

    /** The question in progress failed: it is dropped, and the screen hears "nothing heard". */
    private void failed() {
        QuestionRecognition q = question;
        if (q != null) {
            end(q, QuestionRecognition.NOTHING_HEARD);
        }
    }

    /** Drops the question in progress without telling anyone. */
    private void drop() {
        if (question != null) {
            question.close();
            question = null;
        }
    }

    private void tell(Runnable event) {
        if (closed) {
            return;
        }
        try {
            event.run();
        } catch (RuntimeException e) {
            // no stack trace: it could carry what was heard
            LOG.warn("Voice: a listener failed ({})", e.getClass().getSimpleName());
        }
    }
}
