package org.clinic.kiosk.voice.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * A recognizer at the boundary (scripted, or a real engine) that also keeps, in memory, for the
 * test to measure, the 16 kHz samples each utterance was fed and how many times it was closed.
 */
public final class RecordingRecognizer implements SpeechRecognizer {

    private final SpeechRecognizer inner;
    private final List<short[]> utterances = Collections.synchronizedList(new ArrayList<>());
    private final List<AtomicInteger> closes = Collections.synchronizedList(new ArrayList<>());

    public RecordingRecognizer(SpeechRecognizer inner) {
        this.inner = inner;
    }

    /** The samples of every utterance begun since the last clear, oldest first. */
    public List<short[]> samples() {
        synchronized (utterances) {
            return List.copyOf(utterances);
        }
    }

    /** How many times each utterance begun since the last clear was closed, oldest first. */
    public List<Integer> closes() {
        synchronized (utterances) {
            return closes.stream().map(AtomicInteger::get).toList();
        }
    }

    public void clear() {
        synchronized (utterances) {
            utterances.clear();
            closes.clear();
        }
    }

    @Override
    public RecognizerStatus status() {
        return inner.status();
    }

    @Override
    public Utterance begin(Vocabulary vocabulary) {
        Utterance utterance = inner.begin(vocabulary);
        int index;
        AtomicInteger closed = new AtomicInteger();
        synchronized (utterances) {
            utterances.add(new short[0]);
            closes.add(closed);
            index = utterances.size() - 1;
        }
        return new Utterance() {
            @Override
            public Transcript accept(short[] samples, int length) {
                Transcript partial = utterance.accept(samples, length);
                synchronized (utterances) {
                    if (index < utterances.size()) {
                        short[] before = utterances.get(index);
                        short[] after = Arrays.copyOf(before, before.length + length);
                        System.arraycopy(samples, 0, after, before.length, length);
                        utterances.set(index, after);
                    }
                }
                return partial;
            }

            @Override
            public Transcript finish() {
                return utterance.finish();
            }

            @Override
            public List<Transcript> alternatives() {
                return utterance.alternatives();
            }

            @Override
            public void close() {
                closed.incrementAndGet();
                utterance.close();
            }
        };
    }
}
