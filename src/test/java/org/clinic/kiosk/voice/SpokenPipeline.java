package org.clinic.kiosk.voice;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.clinic.kiosk.voice.audio.AudioChunk;
import org.clinic.kiosk.voice.audio.ListeningSession;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * The kiosk's real voice pipeline for tests: a recording's 100 ms chunks offered to a {@link
 * ListeningSession} (converter, endpointer, recognizer), as fast as its queue takes them, and what
 * it heard at the end of the question. One per thread.
 */
public final class SpokenPipeline implements AutoCloseable {

    /** The end of one question: the words heard, or {@link Transcript#NOTHING} for "nothing heard". */
    public record Heard(Transcript words) {
        public boolean nothing() {
            return words.isEmpty();
        }
    }

    private final LinkedBlockingQueue<Transcript> ends = new LinkedBlockingQueue<>();
    private final ListeningSession session;

    public SpokenPipeline(SpeechRecognizer recognizer, VoiceSettings settings) {
        this.session = new ListeningSession(recognizer, settings, new ListeningSession.Events() {
            @Override
            public void partial(Transcript heard) {}

            @Override
            public void heard(Transcript heard) {
                ends.add(heard);
            }

            @Override
            public void nothingHeard() {
                ends.add(Transcript.NOTHING);
            }
        });
    }

    /** Listens with {@code vocabulary}, plays {@code recording} into the pipeline, and waits for the end. */
    public Heard hear(Recording recording, Vocabulary vocabulary) throws InterruptedException {
        ends.clear();
        session.listen(vocabulary);
        for (AudioChunk chunk : recording.chunks()) {
            if (!session.listening()) {
                break; // the question ended (the endpointer found its end)
            }
            while (session.offer(chunk) == ListeningSession.Offer.FULL) {
                Thread.sleep(5);
            }
        }
        Transcript words = ends.poll(60, TimeUnit.SECONDS);
        if (words == null) {
            throw new IllegalStateException("the pipeline did not end the question within 60 s");
        }
        return new Heard(words);
    }

    @Override
    public void close() throws InterruptedException {
        session.close();
        session.awaitClosed(Duration.ofSeconds(10));
    }
}
