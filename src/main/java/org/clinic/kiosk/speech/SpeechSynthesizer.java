package org.clinic.kiosk.speech;

/**
 * The text-to-speech stage: one prepared sentence in, its sound out. Implementations must be safe
 * to call from several threads at once and must never play sound themselves.
 */
public interface SpeechSynthesizer {

    /** A name that tells voices apart in the audio cache, e.g. "freetts-kevin16". */
    String voiceName();

    /**
     * Says {@code text} at {@code rate} times the voice's normal speed into memory.
     *
     * @throws SpeechException when the engine fails; the caller shows a message and carries on
     */
    SpokenAudio synthesize(String text, double rate);

    /** Loads the engine now (in the background at start-up) so the first press does not wait for it. */
    default void load() {}
}
