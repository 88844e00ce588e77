package org.clinic.kiosk.voice.recognition.vosk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a loaded Vosk model at the native boundary: it knows the words it is given (and
 * {@code [unk]}) and makes {@link FakeNativeRecognizer}s, counting them. It recognizes nothing:
 * tests with it check what the kiosk asks of the engine, never recognition.
 */
final class FakeNativeModel implements NativeModel {

    final Set<String> words;
    final List<FakeNativeRecognizer> made = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger frees = new AtomicInteger();

    FakeNativeModel(Set<String> words) {
        this.words = words;
    }

    @Override
    public boolean knows(String word) {
        alive();
        return words.contains(word);
    }

    @Override
    public NativeRecognizer recognizer(String grammar) {
        alive();
        FakeNativeRecognizer recognizer = new FakeNativeRecognizer(grammar);
        made.add(recognizer);
        return recognizer;
    }

    @Override
    public void free() {
        frees.incrementAndGet();
    }

    private void alive() {
        if (frees.get() > 0) {
            throw new AssertionError("model used after it was freed");
        }
    }
}
