package org.clinic.kiosk.voice.recognition.vosk;

/**
 * One native Vosk recognizer, as {@link GuardedUtterance} uses it. None of these may be called
 * after {@link #free()}: the guard makes sure of that (tests give it a fake).
 */
interface NativeRecognizer {

    /** @return true when Vosk found the end of a phrase (the caller keeps feeding anyway) */
    boolean accept(short[] samples, int length);

    /** The phrase that just ended ({@code {"text": ...}}), after {@link #accept} returned true. */
    String result();

    String partialResult();

    String finalResult();

    void free();
}
