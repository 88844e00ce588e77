package org.clinic.kiosk.voice.recognition.vosk;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.Utterance;
import org.clinic.kiosk.voice.recognition.Transcript;

/**
 * The guard around one native recognizer for one utterance: Vosk 0.3.45 crashes the whole JVM
 * when a freed recognizer is used or freed twice, so every call checks here first. It lets go of
 * the native side exactly once, turns any later call into a {@link RecognizerException}, and
 * refuses audio from a second thread (the engine is not thread-safe). Calls are serialized, so a
 * {@link #close()} from another thread waits for a feed in progress.
 *
 * <p>An engine error ({@code -1} from accept, or any failure of a native call) fails the call with
 * a {@link RecognizerException} and the recognizer is freed at close. Otherwise, at close, the
 * recognizer is brought back to a fresh start (its final result, which the utterance may already
 * have taken) and handed to {@code reuse} for the next question.
 *
 * <p>After {@link #finish()} it offers the engine's alternatives for the question: the phrases
 * already ended at a pause, as their best words, followed by each alternative of the last phrase.
 */
final class GuardedUtterance implements Utterance {

    private final NativeRecognizer recognizer;
    private final Consumer<NativeRecognizer> reuse;
    private Thread owner;
    private boolean closed;
    private boolean finished;
    private boolean broken;
    /** Phrases the engine already ended inside this utterance (after a pause): kept in memory only. */
    private final StringBuilder heard = new StringBuilder();
    /** After finish: the question's other likely transcripts, best first (in memory only). */
    private List<Transcript> alternatives = List.of();

    /** @param reuse takes the recognizer back when the utterance ended cleanly (else it is freed) */
    GuardedUtterance(NativeRecognizer recognizer, Consumer<NativeRecognizer> reuse) {
        this.recognizer = recognizer;
        this.reuse = reuse;
    }

    @Override
    public synchronized Transcript accept(short[] samples, int length) {
        usable();
        if (samples == null || length < 0 || length > samples.length) {
            throw new IllegalArgumentException("bad audio: " + length + " samples asked for");
        }
        if (length == 0) {
            return join(engine(() -> VoskResults.partial(recognizer.partialResult())));
        }
        int code = engine(() -> recognizer.accept(samples, length));
        if (code == NativeRecognizer.PHRASE_ENDED) {
            // the engine ended a phrase at a pause; the question goes on until the caller finishes it
            append(engine(() -> VoskResults.text(recognizer.result())));
            return new Transcript(heard.toString());
        }
        if (code != NativeRecognizer.GOING_ON) {
            broken = true;
            throw new RecognizerException("the speech engine failed while decoding (accept returned " + code + ")");
        }
        return join(engine(() -> VoskResults.partial(recognizer.partialResult())));
    }

    @Override
    public synchronized Transcript finish() {
        usable();
        Transcript last = engine(() -> VoskResults.text(recognizer.finalResult()));
        finished = true;
        Transcript all = join(new Transcript(last.text()));
        alternatives = last.alternatives().stream()
                .map(other -> join(new Transcript(other)))
                .toList();
        heard.setLength(0);
        return all;
    }

    /**
     * After {@link #finish()}: the earlier phrases' best words joined with each alternative of the
     * last phrase, best first, without the final transcript; empty when the engine gave none.
     */
    @Override
    public synchronized List<Transcript> alternatives() {
        usable();
        return alternatives;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        heard.setLength(0);
        alternatives = List.of();
        if (!broken && !finished) {
            try {
                recognizer.finalResult(); // a dropped question: start afresh; its words are not read
            } catch (RuntimeException | LinkageError e) {
                broken = true;
            }
        }
        if (broken) {
            recognizer.free();
        } else {
            reuse.accept(recognizer);
        }
    }

    synchronized boolean closed() {
        return closed;
    }

    private void append(Transcript phrase) {
        if (!phrase.isEmpty()) {
            heard.append(' ').append(phrase.text());
        }
    }

    private Transcript join(Transcript current) {
        return heard.isEmpty() ? current : new Transcript(heard + " " + current.text());
    }

    /** A native call (and the reading of its answer); whatever it throws marks the recognizer as not to be reused. */
    private <T> T engine(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException | LinkageError e) {
            broken = true;
            throw e;
        }
    }

    private void usable() {
        if (closed) {
            throw new RecognizerException("this utterance is already closed");
        }
        Thread current = Thread.currentThread();
        if (owner == null) {
            owner = current;
        } else if (owner != current) {
            throw new RecognizerException("an utterance must be fed and finished from one thread");
        }
    }
}
