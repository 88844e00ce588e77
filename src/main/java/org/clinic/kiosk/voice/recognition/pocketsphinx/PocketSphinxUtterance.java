package org.clinic.kiosk.voice.recognition.pocketsphinx;

import java.util.List;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.Utterance;
import org.clinic.kiosk.voice.recognition.Transcript;

/**
 * The guard around one decoder lent to one utterance: PocketSphinx crashes the process when a freed
 * decoder is used, and misbehaves when fed without a started utterance, so every call checks here
 * first. The decoder goes back exactly once, at {@link #close()}: to its pool when it ended cleanly,
 * freed when the engine failed on it. Any call after that is a {@link RecognizerException}. Audio
 * from a second thread is refused (the engine is not thread-safe), and calls are serialized, so a
 * close from another thread waits for a feed in progress.
 */
final class PocketSphinxUtterance implements Utterance {

    /** Where a decoder goes when its utterance closes. */
    interface Return {
        /** The decoder ended cleanly: it may serve another utterance. */
        void reuse(Decoder decoder);

        /** The engine failed on it: free it. */
        void discard(Decoder decoder);
    }

    /** How many alternatives {@link #alternatives()} asks the engine for (the best one included). */
    static final int ALTERNATIVES = 5;

    private final Decoder decoder;
    private final Return back;
    private Thread owner;
    private boolean running;
    private boolean broken;
    private boolean closed;
    private List<Transcript> alternatives = List.of();

    /** Starts an utterance on {@code decoder}; on failure the decoder is discarded. */
    PocketSphinxUtterance(Decoder decoder, Return back) {
        if (decoder == null || back == null) {
            throw new RecognizerException("no decoder to start an utterance on");
        }
        this.decoder = decoder;
        this.back = back;
        try {
            decoder.start();
        } catch (RuntimeException e) {
            closed = true;
            back.discard(decoder);
            throw e;
        }
        running = true;
    }

    @Override
    public synchronized Transcript accept(short[] samples, int length) {
        usable();
        if (samples == null || length < 0 || length > samples.length) {
            throw new IllegalArgumentException("bad audio: " + length + " samples asked for");
        }
        if (!running) {
            throw new RecognizerException("this utterance has already finished");
        }
        if (length == 0) {
            return Transcript.NOTHING;
        }
        return new Transcript(guarded(() -> decoder.process(samples, length)));
    }

    @Override
    public synchronized Transcript finish() {
        usable();
        if (!running) {
            throw new RecognizerException("this utterance has already finished");
        }
        running = false;
        Transcript heard = new Transcript(guarded(decoder::end));
        List<String> found = heard.isEmpty() ? List.of() : guarded(() -> decoder.alternatives(ALTERNATIVES));
        alternatives = found.stream()
                .map(Transcript::new)
                .filter(t -> !t.isEmpty() && !t.equals(heard))
                .distinct()
                .toList();
        return heard;
    }

    /** After {@link #finish()}: other likely transcripts, best first, without the final one. */
    @Override
    public synchronized List<Transcript> alternatives() {
        return alternatives;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        alternatives = List.of();
        if (running && !broken) {
            try {
                decoder.end(); // an utterance dropped halfway: end it so the decoder can start another
            } catch (RuntimeException e) {
                broken = true;
            }
        }
        running = false;
        if (broken) {
            back.discard(decoder);
        } else {
            back.reuse(decoder);
        }
    }

    synchronized boolean closed() {
        return closed;
    }

    private <T> T guarded(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            broken = true;
            running = false;
            throw e instanceof RecognizerException ? e : new RecognizerException("the speech engine failed", e);
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
