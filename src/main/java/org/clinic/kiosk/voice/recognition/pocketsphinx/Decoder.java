package org.clinic.kiosk.voice.recognition.pocketsphinx;

import java.util.List;

/**
 * One PocketSphinx decoder as an utterance uses it: one search, one utterance at a time.
 * Hypotheses are PocketSphinx's own text (words separated by spaces, no fillers) or null.
 * {@link NativeDecoder} is the real one; tests give the guard a fake.
 */
interface Decoder {

    void start();

    /** Feeds 16 kHz mono samples; the best hypothesis so far. */
    String process(short[] samples, int length);

    /** Ends the utterance; the final hypothesis. */
    String end();

    /** After {@link #end()}: up to {@code max} different hypotheses, best first. */
    List<String> alternatives(int max);

    /** Frees the native decoder; nothing may be called after. */
    void free();
}
