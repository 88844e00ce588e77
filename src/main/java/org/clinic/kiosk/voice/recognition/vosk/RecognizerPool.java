package org.clinic.kiosk.voice.recognition.vosk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;

/**
 * Native recognizers kept for the next question instead of being freed, one small stack per
 * grammar, so a grammar's decoding graph is built once rather than for every question. Vosk 0.3.45
 * allows this: after {@code vosk_recognizer_final_result} a recognizer starts afresh with the next
 * audio and keeps its grammar. It never changes a recognizer's grammar ({@code
 * vosk_recognizer_set_grm} aborts the process on a recognizer that has heard audio), and a
 * recognizer whose engine failed is freed, never reused.
 *
 * <p>Thread-safe: a recognizer is used by one utterance at a time; handing it over through this
 * pool's lock lets the next question's thread see what the last one did.
 */
final class RecognizerPool implements AutoCloseable {

    /** Idle recognizers kept per grammar (a kiosk has one screen, so one is usually in use). */
    static final int IDLE_PER_GRAMMAR = 2;

    /** Grammars kept at most (the kiosk uses three: questions, the wake phrase, "stop"). */
    static final int GRAMMARS = 8;

    /** The key of the model's own graph (no grammar); never a JSON grammar. */
    private static final String OWN_GRAPH = "";

    private final Function<String, NativeRecognizer> factory;
    private final Map<String, Deque<NativeRecognizer>> idle = new HashMap<>();
    private boolean closed;

    /** @param factory makes a recognizer for a grammar (null: the model's own graph) */
    RecognizerPool(Function<String, NativeRecognizer> factory) {
        this.factory = factory;
    }

    /** An idle recognizer for {@code grammar} (null: the model's own graph), or a new one. */
    NativeRecognizer take(String grammar) {
        synchronized (this) {
            if (closed) {
                throw new RecognizerException("voice input has stopped: the kiosk is shutting down");
            }
            Deque<NativeRecognizer> stack = idle.get(key(grammar));
            if (stack != null && !stack.isEmpty()) {
                return stack.pop();
            }
        }
        return factory.apply(grammar); // outside the lock: a large grammar takes a while to build
    }

    /** Takes back a recognizer that ended its utterance cleanly; freed when not kept. */
    void giveBack(String grammar, NativeRecognizer recognizer) {
        synchronized (this) {
            if (!closed && (idle.size() < GRAMMARS || idle.containsKey(key(grammar)))) {
                Deque<NativeRecognizer> stack = idle.computeIfAbsent(key(grammar), k -> new ArrayDeque<>());
                if (stack.size() < IDLE_PER_GRAMMAR) {
                    stack.push(recognizer);
                    return;
                }
            }
        }
        recognizer.free();
    }

    /** Idle recognizers kept for {@code grammar} now. */
    synchronized int idle(String grammar) {
        Deque<NativeRecognizer> stack = idle.get(key(grammar));
        return stack == null ? 0 : stack.size();
    }

    /** Frees every idle recognizer; those in use are freed when given back. Idempotent. */
    @Override
    public void close() {
        List<NativeRecognizer> all = new ArrayList<>();
        synchronized (this) {
            closed = true;
            idle.values().forEach(all::addAll);
            idle.clear();
        }
        all.forEach(NativeRecognizer::free);
    }

    private static String key(String grammar) {
        return Objects.requireNonNullElse(grammar, OWN_GRAPH);
    }
}
