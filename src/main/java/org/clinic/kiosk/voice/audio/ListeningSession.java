package org.clinic.kiosk.voice.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
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
 * The voice pipeline of one browser tab: audio chunks in, converted to 16 kHz mono, cut into
 * questions by an {@link Endpointer}, recognized, and the words out through {@link Events}.
 *
 * <p>All the work happens on one worker thread of its own, so each question's
 * {@link Utterance} is begun, fed, finished and closed exactly once on that one thread, whatever
 * thread offers audio. A question begins with the caller's {@link Vocabulary}; when the words
 * heard are mostly {@link Transcript#UNKNOWN}, the same question's audio (kept in memory only,
 * never longer than {@code max-utterance}) is recognized again without a grammar. Grammar results
 * are then filtered to the vocabulary's words. A failing recognizer ends the question as "nothing
 * heard"; it never stops the session.
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

    private record Listen(Vocabulary vocabulary, long generation) {}

    private record Audio(AudioChunk chunk) {}

    private enum Control {
        IGNORE,
        CLOSE
    }

    private final SpeechRecognizer recognizer;
    private final VoiceSettings settings;
    private final Events events;
    private final LinkedBlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final AtomicInteger queuedChunks = new AtomicInteger();
    private final AtomicLong heldSamples = new AtomicLong();
    private final Thread worker;
    private volatile boolean listening;
    private volatile boolean closed;
    /** Counts listen and ignore calls, so the end of an older question never stops a newer one. */
    private final AtomicLong generation = new AtomicLong();
    /** Messages taken in but not yet dealt with; guarded by {@link #idle}. */
    private final Object idle = new Object();

    private int busy;

    // ---- worker thread only ----
    private Question question;

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
        put(new Listen(vocabulary, g));
    }

    /** Drops the question in progress, if any, and ignores audio until the next {@link #listen}. */
    public void ignore() {
        generation.incrementAndGet();
        listening = false;
        if (!closed) {
            put(Control.IGNORE);
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
        put(new Audio(chunk));
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

    /** 16 kHz samples of the current question held in memory now. */
    public long heldSamples() {
        return heldSamples.get();
    }

    /** Ends the session: the question in progress is dropped and its utterance closed. Idempotent. */
    @Override
    public void close() {
        listening = false;
        if (!closed) {
            closed = true;
            put(Control.CLOSE);
        }
    }

    /**
     * Waits until the worker has dealt with every chunk offered so far (and told what came of
     * them), or {@code timeout} passed.
     *
     * @return whether the worker was idle in time
     */
    public boolean awaitIdle(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (busy > 0 && worker.isAlive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }

    /** Waits for the worker to finish after {@link #close()} (for tests and shutdown). */
    public boolean awaitClosed(java.time.Duration timeout) throws InterruptedException {
        return worker.join(timeout);
    }

    private void put(Object message) {
        synchronized (idle) {
            busy++;
        }
        inbox.add(message);
    }

    private void done() {
        synchronized (idle) {
            busy--;
            if (busy == 0) {
                idle.notifyAll();
            }
        }
    }

    private void work() {
        try {
            while (true) {
                Object message = inbox.poll(WATCHDOG_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
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
                    done();
                }
                if (message == Control.CLOSE) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            drop();
            Thread.currentThread().interrupt();
        }
    }

    private void handle(Object message) {
        switch (message) {
            case Audio audio -> {
                queuedChunks.decrementAndGet();
                if (question != null) {
                    hear(audio.chunk());
                }
            }
            case Listen listen -> {
                drop();
                question = start(listen.vocabulary(), listen.generation());
            }
            case Control c when c == Control.IGNORE -> drop();
            case Control c -> {
                drop();
                synchronized (idle) {
                    busy -= inbox.size();
                    inbox.clear();
                }
                queuedChunks.set(0);
            }
            default -> throw new IllegalStateException("unknown message");
        }
    }

    private Question start(Vocabulary vocabulary, long g) {
        Question q = new Question(vocabulary, settings, g, System.nanoTime());
        try {
            q.utterance = recognizer.begin(vocabulary);
        } catch (RuntimeException e) {
            LOG.warn(
                    "Voice: the recognizer could not start a question ({})",
                    e.getClass().getSimpleName());
            endWithNothing(q);
            return null;
        }
        return q;
    }

    private void hear(AudioChunk chunk) {
        Question q = question;
        q.lastAudioNanos = System.nanoTime();
        short[] samples;
        try {
            samples = q.convert(chunk);
        } catch (IllegalArgumentException e) {
            return; // a chunk the converter cannot take is skipped; the question goes on
        }
        Endpointer.Result result = q.endpointer.accept(samples, samples.length);
        int used = result.used();
        q.keep(samples, used);
        heldSamples.set(q.length);
        try {
            Transcript partial = q.utterance.accept(samples, used);
            Transcript shown = q.grammar() ? filter(partial, q.words) : filter(partial, null);
            if (!shown.equals(q.lastPartial)) {
                q.lastPartial = shown;
                tell(() -> events.partial(shown));
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "Voice: the recognizer failed during a question ({})",
                    e.getClass().getSimpleName());
            endWithNothing(q);
            question = null;
            return;
        }
        switch (result.decision()) {
            case CONTINUE -> {}
            case NO_SPEECH -> {
                endWithNothing(q);
                question = null;
            }
            case SPEECH_ENDED, MAX_LENGTH -> {
                question = null;
                finish(q);
            }
        }
    }

    private void finish(Question q) {
        Transcript heard;
        try {
            Transcript grammarResult = q.utterance.finish();
            closeQuietly(q);
            if (q.grammar()
                    && q.vocabulary.fallback()
                    && unknownShare(grammarResult) >= settings.fallbackUnknownShare()) {
                heard = filter(again(q), null);
            } else {
                heard = q.grammar() ? filter(grammarResult, q.words) : filter(grammarResult, null);
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "Voice: the recognizer failed at the end of a question ({})",
                    e.getClass().getSimpleName());
            endWithNothing(q);
            return;
        }
        q.forget();
        heldSamples.set(0);
        stopListening(q);
        if (heard.isEmpty()) {
            tell(events::nothingHeard);
        } else {
            tell(() -> events.heard(heard));
        }
    }

    /** The same question's audio once more, without a grammar. */
    private Transcript again(Question q) {
        Utterance open = recognizer.begin(Vocabulary.UNRESTRICTED);
        try {
            open.accept(q.samples, q.length);
            return open.finish();
        } finally {
            try {
                open.close();
            } catch (RuntimeException e) {
                LOG.warn("Voice: closing a recognizer failed ({})", e.getClass().getSimpleName());
            }
        }
    }

    private void endWithNothing(Question q) {
        closeQuietly(q);
        q.forget();
        heldSamples.set(0);
        stopListening(q);
        tell(events::nothingHeard);
    }

    /** The question is over: no more audio wanted, unless a newer question was asked meanwhile. */
    private void stopListening(Question q) {
        if (generation.get() == q.generation) {
            listening = false;
        }
    }

    /**
     * Audio stopped coming (the browser lost the microphone or the network): after
     * {@code no-speech-timeout} without a chunk the question ends on the clock, with the words
     * heard so far or as "nothing heard".
     */
    private void checkSilentBrowser() {
        Question q = question;
        if (q == null
                || System.nanoTime() - q.lastAudioNanos
                        < settings.noSpeechTimeout().toNanos()) {
            return;
        }
        question = null;
        if (q.endpointer.speechSeen()) {
            LOG.info("Voice: no audio came for a while; the question ends with what was heard");
            finish(q);
        } else {
            endWithNothing(q);
        }
    }

    /** The question in progress failed: it is dropped, and the screen hears "nothing heard". */
    private void failed() {
        Question q = question;
        question = null;
        if (q != null) {
            closeQuietly(q);
            q.forget();
            heldSamples.set(0);
            stopListening(q);
            tell(events::nothingHeard);
        }
    }

    /** Drops the question in progress without telling anyone. */
    private void drop() {
        if (question != null) {
            closeQuietly(question);
            question.forget();
            question = null;
            heldSamples.set(0);
        }
    }

    private static void closeQuietly(Question q) {
        Utterance u = q.utterance;
        q.utterance = null;
        if (u != null) {
            try {
                u.close();
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Voice: closing a recognizer failed ({})", e.getClass().getSimpleName());
            }
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

    /** The share of the words that are {@link Transcript#UNKNOWN}; 1 when nothing at all was recognized. */
    static double unknownShare(Transcript transcript) {
        List<String> words = transcript.words();
        if (words.isEmpty()) {
            return 1.0;
        }
        return (double) words.stream().filter(Transcript.UNKNOWN::equals).count() / words.size();
    }

    /** Drops {@link Transcript#UNKNOWN} and, when {@code allowed} is given, every word not in it. */
    static Transcript filter(Transcript transcript, Set<String> allowed) {
        List<String> kept = new ArrayList<>();
        for (String word : transcript.words()) {
            if (!word.equals(Transcript.UNKNOWN) && (allowed == null || allowed.contains(word))) {
                kept.add(word);
            }
        }
        return new Transcript(String.join(" ", kept));
    }

    /** One question's state, on the worker thread only. */
    private static final class Question {
        final Vocabulary vocabulary;
        final Set<String> words;
        final Endpointer endpointer;
        final int maxSamples;
        final long generation;
        long lastAudioNanos;
        AudioConverter converter;
        Utterance utterance;
        short[] samples = new short[16_000];
        int length;
        Transcript lastPartial = Transcript.NOTHING;

        Question(Vocabulary vocabulary, VoiceSettings settings, long generation, long started) {
            this.generation = generation;
            this.lastAudioNanos = started;
            this.vocabulary = vocabulary;
            this.words = vocabulary.words();
            this.endpointer =
                    new Endpointer(settings.endSilence(), settings.noSpeechTimeout(), settings.maxUtterance());
            this.maxSamples = (int)
                    Math.min(Integer.MAX_VALUE / 2, settings.maxUtterance().toMillis() * 16);
        }

        boolean grammar() {
            return !vocabulary.unrestricted();
        }

        short[] convert(AudioChunk chunk) {
            if (converter == null || !converter.format().equals(chunk.format())) {
                converter = new AudioConverter(chunk.format());
            }
            return converter.convert(chunk);
        }

        /** Keeps the question's samples for a second recognition, never more than max-utterance. */
        void keep(short[] more, int count) {
            int take = Math.min(count, maxSamples - length);
            if (take <= 0) {
                return;
            }
            if (length + take > samples.length) {
                samples = Arrays.copyOf(samples, Math.min(maxSamples, Math.max(samples.length * 2, length + take)));
            }
            System.arraycopy(more, 0, samples, length, take);
            length += take;
        }

        void forget() {
            samples = new short[0];
            length = 0;
            converter = null;
        }
    }
}
