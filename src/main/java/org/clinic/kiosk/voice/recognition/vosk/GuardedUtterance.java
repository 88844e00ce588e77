package org.clinic.kiosk.voice.recognition.vosk;

import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.Utterance;
import org.clinic.kiosk.voice.recognition.Transcript;

/**
 * The guard around one native recognizer: Vosk 0.3.45 crashes the whole JVM when a freed
 * recognizer is used or freed twice, so every call checks here first. It frees the native side
 * exactly once, turns any later call into a {@link RecognizerException}, and refuses audio from
 * a second thread (the engine is not thread-safe). Calls are serialized, so a {@link #close()}
 * from another thread waits for a feed in progress instead of freeing memory under it.
 */
final class GuardedUtterance implements Utterance {

    private final NativeRecognizer recognizer;
    private Thread owner;
    private boolean closed;
    /** Phrases the engine already ended inside this utterance (after a pause): kept in memory only. */
    private final StringBuilder heard = new StringBuilder();

    GuardedUtterance(NativeRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public synchronized Transcript accept(short[] samples, int length) {
        usable();
        if (samples == null || length < 0 || length > samples.length) {
            throw new IllegalArgumentException("bad audio: " + length + " samples asked for");
        }
        if (length > 0 && recognizer.accept(samples, length)) {
            // the engine ended a phrase at a pause; the question goes on until the caller finishes it
            append(VoskResults.text(recognizer.result()));
            return new Transcript(heard.toString());
        }
        return join(VoskResults.partial(recognizer.partialResult()));
    }

    @Override
    public synchronized Transcript finish() {
        usable();
        Transcript last = VoskResults.text(recognizer.finalResult());
        Transcript all = join(last);
        heard.setLength(0);
        return all;
    }

    private void append(Transcript phrase) {
        if (!phrase.isEmpty()) {
            heard.append(' ').append(phrase.text());
        }
    }

    private Transcript join(Transcript current) {
        return heard.isEmpty() ? current : new Transcript(heard + " " + current.text());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        recognizer.free();
    }

    synchronized boolean closed() {
        return closed;
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
