package org.clinic.kiosk.voice.recognition.pocketsphinx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;

/**
 * Decoders kept for reuse, by search (open speech, or one grammar): a question takes an idle decoder
 * of its search or has a new one made, and gives it back when it ends. At most {@code limit}
 * decoders live at once (each holds the acoustic model; the open one also the whole dictionary and
 * language model); when all are taken a new question is refused rather than the memory grown. Idle
 * decoders of other searches are freed first to make room. After {@link #close()} every decoder is
 * freed as soon as it is idle.
 */
final class DecoderPool implements PocketSphinxUtterance.Return {

    private record Idle(String search, Decoder decoder) {}

    private final int limit;
    /** Idle decoders, the most recently used last. */
    private final Deque<Idle> idle = new ArrayDeque<>();
    /** Decoders lent to an utterance now, with their search. */
    private final Map<Decoder, String> lent = new java.util.IdentityHashMap<>();

    private int making;
    private boolean closed;

    DecoderPool(int limit) {
        this.limit = limit;
    }

    /**
     * An idle decoder of {@code search}, or a new one from {@code make} (called without holding the
     * pool, as reading a model takes time).
     *
     * @throws RecognizerException when the pool is closed or every decoder is in use
     */
    Decoder take(String search, Supplier<Decoder> make) {
        List<Decoder> evicted = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                throw new RecognizerException("the speech engine has stopped");
            }
            for (Iterator<Idle> it = idle.descendingIterator(); it.hasNext(); ) {
                Idle candidate = it.next();
                if (candidate.search().equals(search)) {
                    it.remove();
                    lent.put(candidate.decoder(), search);
                    return candidate.decoder();
                }
            }
            while (live() >= limit && !idle.isEmpty()) {
                evicted.add(idle.removeFirst().decoder());
            }
            if (live() >= limit) {
                throw new RecognizerException("every decoder is busy (" + limit + " questions at once)");
            }
            making++;
        }
        evicted.forEach(Decoder::free);
        Decoder made;
        try {
            made = make.get();
        } finally {
            synchronized (this) {
                making--;
            }
        }
        synchronized (this) {
            if (!closed) {
                lent.put(made, search);
                return made;
            }
        }
        made.free();
        throw new RecognizerException("the speech engine has stopped");
    }

    /** Makes one decoder of {@code search} ready ahead of the first question. */
    void prepare(String search, Supplier<Decoder> make) {
        reuse(take(search, make));
    }

    @Override
    public void reuse(Decoder decoder) {
        synchronized (this) {
            String search = lent.remove(decoder);
            if (search != null && !closed) {
                idle.addLast(new Idle(search, decoder));
                return;
            }
        }
        decoder.free();
    }

    @Override
    public void discard(Decoder decoder) {
        synchronized (this) {
            lent.remove(decoder);
        }
        decoder.free();
    }

    /** Frees the idle decoders of {@code search} (its grammar is no longer kept). */
    void forget(String search) {
        List<Decoder> freed = new ArrayList<>();
        synchronized (this) {
            idle.removeIf(i -> i.search().equals(search) && freed.add(i.decoder()));
        }
        freed.forEach(Decoder::free);
    }

    /** Decoders alive now: idle, lent and being made. */
    synchronized int live() {
        return idle.size() + lent.size() + making;
    }

    synchronized Optional<String> searchOf(Decoder decoder) {
        return Optional.ofNullable(lent.get(decoder));
    }

    /** Frees the idle decoders now and the lent ones when they come back. */
    void close() {
        List<Decoder> freed = new ArrayList<>();
        synchronized (this) {
            closed = true;
            idle.forEach(i -> freed.add(i.decoder()));
            idle.clear();
        }
        freed.forEach(Decoder::free);
    }
}
