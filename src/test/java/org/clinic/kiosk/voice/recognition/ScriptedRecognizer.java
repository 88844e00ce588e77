package org.clinic.kiosk.voice.recognition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A recognizer at the {@link SpeechRecognizer} boundary that "hears" the transcripts a test
 * scripted, in order, one per utterance, while really receiving (and counting) the audio it is
 * fed. Partial transcripts reveal the scripted words one at a time, one word for each
 * {@link #SAMPLES_PER_WORD} samples received. With nothing scripted it hears nothing.
 */
public final class ScriptedRecognizer implements SpeechRecognizer {

    /** A quarter of a second of 16 kHz audio per partial word. */
    public static final int SAMPLES_PER_WORD = 4_000;

    private final Deque<String> script = new ArrayDeque<>();
    private final List<Heard> utterances = Collections.synchronizedList(new ArrayList<>());
    private volatile RecognizerStatus status = RecognizerStatus.ready("scripted", "Scripted recognizer for tests.");

    /**
     * The next utterances will be heard as these transcripts, in order. A transcript may name the
     * engine's other likely ones after it, separated by " | " (as the evaluation files write n-best).
     */
    public synchronized ScriptedRecognizer willHear(String... transcripts) {
        script.addAll(List.of(transcripts));
        return this;
    }

    public synchronized void reset() {
        script.clear();
        utterances.clear();
        status = RecognizerStatus.ready("scripted", "Scripted recognizer for tests.");
    }

    public void setStatus(RecognizerStatus status) {
        this.status = status;
    }

    /** Every utterance begun so far, oldest first. */
    public List<Heard> utterances() {
        synchronized (utterances) {
            return List.copyOf(utterances);
        }
    }

    @Override
    public RecognizerStatus status() {
        return status;
    }

    @Override
    public synchronized Utterance begin(Vocabulary vocabulary) {
        String text = script.isEmpty() ? "" : script.poll();
        Heard heard = new Heard(vocabulary, text);
        utterances.add(heard);
        return heard;
    }

    /** One scripted utterance: what it was given and what it will say it heard. */
    public static final class Heard implements Utterance {
        private final Vocabulary vocabulary;
        private final String text;
        private final AtomicLong samples = new AtomicLong();
        private final AtomicInteger closes = new AtomicInteger();
        private volatile boolean finished;
        private volatile Thread thread;

        Heard(Vocabulary vocabulary, String text) {
            this.vocabulary = vocabulary;
            this.text = text;
        }

        @Override
        public Transcript accept(short[] samples, int length) {
            check();
            this.samples.addAndGet(length);
            List<String> words = new Transcript(parts().getFirst()).words();
            int shown = (int) Math.min(words.size(), this.samples.get() / SAMPLES_PER_WORD);
            return new Transcript(String.join(" ", words.subList(0, shown)));
        }

        @Override
        public Transcript finish() {
            check();
            finished = true;
            return new Transcript(parts().getFirst());
        }

        @Override
        public List<Transcript> alternatives() {
            return parts().stream().skip(1).map(Transcript::new).toList();
        }

        private List<String> parts() {
            return List.of(text.split(" \\| ", -1));
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }

        private void check() {
            if (closes.get() > 0) {
                throw new RecognizerException("utterance used after close");
            }
            Thread current = Thread.currentThread();
            if (thread == null) {
                thread = current;
            } else if (thread != current) {
                throw new IllegalStateException("utterance fed from two threads");
            }
        }

        public Vocabulary vocabulary() {
            return vocabulary;
        }

        /** Samples of 16 kHz mono audio received. */
        public long samples() {
            return samples.get();
        }

        public boolean finished() {
            return finished;
        }

        /** How many times close() was called (the pipeline must call it exactly once). */
        public int closes() {
            return closes.get();
        }
    }
}
