package org.clinic.kiosk.voice.recognition.vosk;

/**
 * One native Vosk recognizer, as {@link GuardedUtterance} uses it: the calls of {@code vosk_api.h}
 * with their C results. None of these may be called after {@link #free()}: the guard makes sure
 * of that (tests give it a fake).
 */
interface NativeRecognizer {

    /** {@code vosk_recognizer_accept_waveform_s}: the engine found the end of a phrase. */
    int PHRASE_ENDED = 1;

    /** {@code vosk_recognizer_accept_waveform_s}: decoding goes on. */
    int GOING_ON = 0;

    /** {@code vosk_recognizer_accept_waveform_s}: the engine failed (an exception inside it). */
    int FAILED = -1;

    /** @return {@link #PHRASE_ENDED}, {@link #GOING_ON} or {@link #FAILED} */
    int accept(short[] samples, int length);

    /**
     * The phrase that just ended, after {@link #accept} said so: {@code {"text": ...}}, or with
     * alternatives on {@code {"alternatives": [{"text": ..., "confidence": ...}, ...]}}, best first.
     */
    String result();

    String partialResult();

    /** The last words (shaped as {@link #result()}); the recognizer then starts afresh with the next audio (so it can be reused). */
    String finalResult();

    void free();
}
