package org.clinic.kiosk.voice.recognition;

import java.util.List;

/**
 * The recognition stage: 16 kHz mono 16-bit audio ({@link AudioFormat#RECOGNIZER}) to a
 * {@link Transcript}. One shared model; one {@link Utterance} per spoken question. Implementations:
 * the Vosk adapter ({@code voice.recognition.vosk}), the PocketSphinx adapter ({@code
 * voice.recognition.pocketsphinx}), and in tests a scripted recognizer at this boundary.
 */
public interface SpeechRecognizer {

    RecognizerStatus status();

    /**
     * Starts recognizing one utterance, listening for {@code vocabulary} (a bias: words outside it
     * may come back) unless it is {@link Vocabulary#UNRESTRICTED}. Only called when
     * {@link #status()} is ready.
     *
     * @throws RecognizerException when the engine cannot start one
     */
    Utterance begin(Vocabulary vocabulary);

    /**
     * One utterance's recognition. Not thread-safe: the caller feeds, finishes and closes it from
     * one thread. {@link #close()} may be called more than once; only the first call frees anything,
     * and any call after it fails with {@link RecognizerException} instead of touching freed memory.
     */
    interface Utterance extends AutoCloseable {

        /**
         * Feeds {@code length} samples of {@link AudioFormat#RECOGNIZER} audio.
         *
         * @return the words heard so far (a partial transcript, may change later)
         */
        Transcript accept(short[] samples, int length);

        /** Ends the utterance: the final words heard. */
        Transcript finish();

        /**
         * After {@link #finish()}: other transcripts the engine found likely, best first, without
         * the final one; empty when the engine gives none (held in memory only, like transcripts).
         */
        default List<Transcript> alternatives() {
            return List.of();
        }

        @Override
        void close();
    }

    /** The engine failed; the message is fit for the log (it never contains what was said). */
    final class RecognizerException extends RuntimeException {
        public RecognizerException(String message) {
            super(message);
        }

        public RecognizerException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
