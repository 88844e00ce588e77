package org.clinic.kiosk.voice.recognition.vosk;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the native recognizer, like the real one in the ways that matter here:
 * touching it after {@link #free()} is an error (the real one would crash the JVM), and accept
 * answers with vosk_api.h's codes (1 phrase ended, 0 going on, -1 engine error).
 */
final class FakeNativeRecognizer implements NativeRecognizer {
    /** The grammar it was made with (null: the model's own graph). */
    final String grammar;

    FakeNativeRecognizer() {
        this(null);
    }

    FakeNativeRecognizer(String grammar) {
        this.grammar = grammar;
    }

    final AtomicInteger frees = new AtomicInteger();
    final AtomicInteger finalResults = new AtomicInteger();
    final Deque<Integer> codes = new ArrayDeque<>();
    String partial = "{\"partial\" : \"\"}";
    String result = "{\"text\" : \"\"}";
    String last = "{\"text\" : \"\"}";
    int samplesFed;
    volatile CountDownLatch insideAccept;
    volatile CountDownLatch releaseAccept;

    private void alive() {
        if (frees.get() > 0) {
            throw new AssertionError("native recognizer used after it was freed");
        }
    }

    @Override
    public int accept(short[] samples, int length) {
        alive();
        if (insideAccept != null) {
            insideAccept.countDown();
            try {
                releaseAccept.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        alive();
        samplesFed += length;
        return codes.isEmpty() ? GOING_ON : codes.pop();
    }

    @Override
    public String result() {
        alive();
        return result;
    }

    @Override
    public String partialResult() {
        alive();
        return partial;
    }

    @Override
    public String finalResult() {
        alive();
        finalResults.incrementAndGet();
        return last;
    }

    @Override
    public void free() {
        frees.incrementAndGet();
    }
}
