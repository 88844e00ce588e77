package org.clinic.kiosk.voice.audio;

import java.util.List;
import java.util.function.Consumer;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.Utterance;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recognition of one spoken question: each chunk converted to 16 kHz mono, measured by an
 * {@link Endpointer} and fed to one recognizer {@link Utterance} as it arrives, until the end
 * point says the question is over; then the utterance's final words are the question's. Nothing
 * is decoded twice and no audio is kept. The words are passed on as the recognizer heard them,
 * without its {@link Transcript#UNKNOWN} markers (the vocabulary biases the recognizer; the
 * question matcher decides what the words mean); no words, or only unknown ones, is "nothing heard".
 *
 * <p>Used by one thread only (the session's worker). A recognizer failure ends the question as
 * "nothing heard" with one log line; {@link #close()} frees the utterance exactly once.
 */
final class QuestionRecognition {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionRecognition.class);

    /** What became of the question after some audio. */
    sealed interface Outcome {
        /** The question goes on. */
        record Going() implements Outcome {}

        /** The question is over: these words were heard. */
        record Heard(Transcript words) implements Outcome {}

        /** The question is over and nothing was heard (no speech, or the recognizer failed). */
        record NothingHeard() implements Outcome {}
    }

    static final Outcome GOING = new Outcome.Going();
    static final Outcome NOTHING_HEARD = new Outcome.NothingHeard();

    private final Endpointer endpointer;
    private final long generation;
    private long lastAudioNanos;
    private AudioConverter converter;
    private Utterance utterance;
    private Transcript lastPartial = Transcript.NOTHING;

    private QuestionRecognition(VoiceSettings settings, long generation) {
        this.endpointer = new Endpointer(settings.endSilence(), settings.noSpeechTimeout(), settings.maxUtterance());
        this.generation = generation;
        this.lastAudioNanos = System.nanoTime();
    }

    /**
     * Begins a question heard through {@code vocabulary}.
     *
     * @return the question, or null when the recognizer could not start one (logged)
     */
    static QuestionRecognition begin(
            SpeechRecognizer recognizer, Vocabulary vocabulary, VoiceSettings settings, long generation) {
        QuestionRecognition q = new QuestionRecognition(settings, generation);
        try {
            q.utterance = recognizer.begin(vocabulary);
        } catch (RuntimeException e) {
            LOG.warn("Voice: the recognizer could not start a question ({})", why(e));
            return null;
        }
        return q;
    }

    /** The listen call this question answers (a newer one supersedes it). */
    long generation() {
        return generation;
    }

    /** When the last chunk came ({@link System#nanoTime()}), or the question began. */
    long lastAudioNanos() {
        return lastAudioNanos;
    }

    /** Whether speech has been heard in this question. */
    boolean speechSeen() {
        return endpointer.speechSeen();
    }

    /**
     * Hears one chunk; new partial words go to {@code partials} before the outcome is known.
     * After an outcome other than {@link Outcome.Going} the question is over (and must be closed).
     */
    Outcome hear(AudioChunk chunk, Consumer<Transcript> partials) {
        lastAudioNanos = System.nanoTime();
        short[] converted;
        try {
            converted = convert(chunk);
        } catch (IllegalArgumentException e) {
            return GOING; // a chunk the converter cannot take is skipped; the question goes on
        }
        Endpointer.Result result = endpointer.accept(converted, converted.length);
        try {
            Transcript shown = withoutUnknown(utterance.accept(converted, result.used()));
            if (!shown.equals(lastPartial)) {
                lastPartial = shown;
                partials.accept(shown);
            }
        } catch (RuntimeException e) {
            LOG.warn("Voice: the recognizer failed during a question ({})", why(e));
            return NOTHING_HEARD;
        }
        return switch (result.decision()) {
            case CONTINUE -> GOING;
            case NO_SPEECH -> NOTHING_HEARD;
            case SPEECH_ENDED, MAX_LENGTH -> finish();
        };
    }

    /** Ends the question now: the words heard, or nothing. */
    Outcome finish() {
        Transcript heard;
        try {
            heard = withoutUnknown(utterance.finish());
        } catch (RuntimeException e) {
            LOG.warn("Voice: the recognizer failed at the end of a question ({})", why(e));
            return NOTHING_HEARD;
        }
        if (heard.isEmpty()) {
            return NOTHING_HEARD;
        }
        return new Outcome.Heard(new Transcript(heard.text(), alternatives()));
    }

    /** The engine's other likely transcripts, without unknown markers; none if it cannot say. */
    private List<String> alternatives() {
        try {
            return utterance.alternatives().stream()
                    .map(t -> withoutUnknown(t).text())
                    .toList();
        } catch (RuntimeException e) {
            LOG.warn("Voice: the recognizer gave no alternatives ({})", why(e));
            return List.of();
        }
    }

    /** Frees the utterance (once); safe to call again. */
    void close() {
        converter = null;
        Utterance u = utterance;
        utterance = null;
        if (u != null) {
            try {
                u.close();
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Voice: closing a recognizer failed ({})", e.getClass().getSimpleName());
            }
        }
    }

    private short[] convert(AudioChunk chunk) {
        if (converter == null || !converter.format().equals(chunk.format())) {
            converter = new AudioConverter(chunk.format());
        }
        return converter.convert(chunk);
    }

    /** What went wrong, for the log: a recognizer's own message (it never holds what was said), else only the kind. */
    private static String why(RuntimeException e) {
        return e instanceof RecognizerException ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The words without the recognizer's {@link Transcript#UNKNOWN} markers (they are not words to show or match). */
    static Transcript withoutUnknown(Transcript transcript) {
        return new Transcript(String.join(
                " ",
                transcript.words().stream()
                        .filter(w -> !w.equals(Transcript.UNKNOWN))
                        .toList()));
    }
}
