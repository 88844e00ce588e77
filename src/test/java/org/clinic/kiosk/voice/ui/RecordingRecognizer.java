package org.clinic.kiosk.voice.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizer;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * The scripted recognizer at the boundary, also keeping (in memory, for the test to measure) the
 * 16 kHz samples each utterance was fed.
 */
public final class RecordingRecognizer implements SpeechRecognizer {

    private final ScriptedRecognizer scripted;
    private final List<short[]> utterances = Collections.synchronizedList(new ArrayList<>());

    public RecordingRecognizer(ScriptedRecognizer scripted) {
        this.scripted = scripted;
    }

    /** The samples of every utterance begun since the last clear, oldest first. */
    public List<short[]> samples() {
        synchronized (utterances) {
            return List.copyOf(utterances);
        }
    }

    public void clear() {
        utterances.clear();
    }

    @Override
    public RecognizerStatus status() {
        return scripted.status();
    }

    @Override
    public Utterance begin(Vocabulary vocabulary) {
        Utterance inner = scripted.begin(vocabulary);
        int index;
        synchronized (utterances) {
            utterances.add(new short[0]);
            index = utterances.size() - 1;
        }
        return new Utterance() {
            @Override
            public Transcript accept(short[] samples, int length) {
                Transcript partial = inner.accept(samples, length);
                synchronized (utterances) {
                    short[] before = utterances.get(index);
                    short[] after = Arrays.copyOf(before, before.length + length);
                    System.arraycopy(samples, 0, after, before.length, length);
                    utterances.set(index, after);
                }
                return partial;
            }

            @Override
            public Transcript finish() {
                return inner.finish();
            }

            @Override
            public void close() {
                inner.close();
            }
        };
    }
}
