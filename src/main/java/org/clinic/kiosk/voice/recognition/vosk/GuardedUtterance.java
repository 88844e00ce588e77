package org.clinic.kiosk.voice.recognition.vosk;

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
        Transcript all = join(last);
        heard.setLength(0);
        return all;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        heard.setLength(0);
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
