package org.clinic.kiosk.voice.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.Utterance;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recognition of one spoken question: each chunk converted to 16 kHz mono, measured by an
 * {@link Endpointer} and fed to one recognizer {@link Utterance}, until the end point says the
 * question is over. When the words heard through a grammar are mostly {@link Transcript#UNKNOWN},
 * the question's audio (kept in memory only, never longer than {@code max-utterance}) is
 * recognized again without the grammar; grammar results are filtered to the vocabulary's words.
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

    private final SpeechRecognizer recognizer;
    private final Vocabulary vocabulary;
    private final Set<String> words;
    private final double fallbackUnknownShare;
    private final Endpointer endpointer;
    private final int maxSamples;
    private final long generation;
    private long lastAudioNanos;
    private AudioConverter converter;
    private Utterance utterance;
    private short[] samples = new short[16_000];
    private int length;
    private Transcript lastPartial = Transcript.NOTHING;

    private QuestionRecognition(
            SpeechRecognizer recognizer, Vocabulary vocabulary, VoiceSettings settings, long generation) {
        this.recognizer = recognizer;
        this.vocabulary = vocabulary;
        this.words = vocabulary.words();
        this.fallbackUnknownShare = settings.fallbackUnknownShare();
        this.endpointer = new Endpointer(settings.endSilence(), settings.noSpeechTimeout(), settings.maxUtterance());
        this.maxSamples =
                (int) Math.min(Integer.MAX_VALUE / 2, settings.maxUtterance().toMillis() * 16);
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
        QuestionRecognition q = new QuestionRecognition(recognizer, vocabulary, settings, generation);
        try {
            q.utterance = recognizer.begin(vocabulary);
        } catch (RuntimeException e) {
            LOG.warn(
                    "Voice: the recognizer could not start a question ({})",
                    e.getClass().getSimpleName());
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

    /** 16 kHz samples of this question held in memory now. */
    int heldSamples() {
        return length;
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
        int used = result.used();
        keep(converted, used);
        try {
            Transcript partial = utterance.accept(converted, used);
            Transcript shown = grammar() ? filter(partial, words) : filter(partial, null);
            if (!shown.equals(lastPartial)) {
                lastPartial = shown;
                partials.accept(shown);
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "Voice: the recognizer failed during a question ({})",
                    e.getClass().getSimpleName());
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
            Transcript grammarResult = utterance.finish();
            freeUtterance();
            if (grammar() && vocabulary.fallback() && unknownShare(grammarResult) >= fallbackUnknownShare) {
                heard = filter(again(), null);
            } else {
                heard = grammar() ? filter(grammarResult, words) : filter(grammarResult, null);
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "Voice: the recognizer failed at the end of a question ({})",
                    e.getClass().getSimpleName());
            return NOTHING_HEARD;
        }
        return heard.isEmpty() ? NOTHING_HEARD : new Outcome.Heard(heard);
    }

    /** Frees the utterance (once) and forgets the audio; safe to call again. */
    void close() {
        freeUtterance();
        samples = new short[0];
        length = 0;
        converter = null;
    }

    private void freeUtterance() {
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

    private boolean grammar() {
        return !vocabulary.unrestricted();
    }

    /** The same question's audio once more, without a grammar. */
    private Transcript again() {
        Utterance open = recognizer.begin(Vocabulary.UNRESTRICTED);
        try {
            open.accept(samples, length);
            return open.finish();
        } finally {
            try {
                open.close();
            } catch (RuntimeException e) {
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

    /** Keeps the question's samples for a second recognition, never more than max-utterance. */
    private void keep(short[] more, int count) {
        int take = Math.min(count, maxSamples - length);
        if (take <= 0) {
            return;
        }
        if (length + take > samples.length) {
            samples = Arrays.copyOf(samples, Math.min(maxSamples, Math.max(samples.length * 2, length + take)));
        }
        System.arraycopy(more, 0, samples, length, take);
        length += take;
    }

    /** The share of the words that are {@link Transcript#UNKNOWN}; 1 when nothing at all was recognized. */
    static double unknownShare(Transcript transcript) {
        List<String> heard = transcript.words();
        if (heard.isEmpty()) {
            return 1.0;
        }
        return (double) heard.stream().filter(Transcript.UNKNOWN::equals).count() / heard.size();
    }

    /** Drops {@link Transcript#UNKNOWN} and, when {@code allowed} is given, every word not in it. */
    static Transcript filter(Transcript transcript, Set<String> allowed) {
        List<String> kept = new ArrayList<>();
        for (String word : transcript.words()) {
            if (!word.equals(Transcript.UNKNOWN) && (allowed == null || allowed.contains(word))) {
                kept.add(word);
            }
        }
        return new Transcript(String.join(" ", kept));
    }
}
