package org.clinic.kiosk.voice.recognition.vosk;

/**
 * One loaded Vosk model, as {@link VoskSpeechRecognizer} uses it (tests give it a fake). Not
 * usable after {@link #free()}; recognizers made from it keep the model's memory alive until they
 * are freed themselves.
 */
interface NativeModel {

    /** Whether the model knows {@code word} ({@code vosk_model_find_word} is not -1). */
    boolean knows(String word);

    /**
     * A new recognizer: over a language model built from {@code grammar} (a JSON list of phrases),
     * or over the model's own graph when {@code grammar} is null.
     *
     * @throws org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException when the
     *     engine cannot make one
     */
    NativeRecognizer recognizer(String grammar);

    void free();
}
