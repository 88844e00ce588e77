package org.clinic.kiosk.voice.recognition;

import java.util.List;
import java.util.Set;

/**
 * What a recognizer should listen for in one utterance: phrases it may hear (a grammar, with
 * {@link Transcript#UNKNOWN} for anything else), or {@link #UNRESTRICTED} for the model's whole
 * vocabulary.
 *
 * @param phrases  lower-case phrases, each one or more words; empty means unrestricted
 * @param fallback when the grammar hears mostly unknown words, recognize the same audio again
 *                 without it (for questions; never for the tiny wake-phrase or "stop" grammars,
 *                 where unknown words are the normal case)
 */
public record Vocabulary(List<String> phrases, boolean fallback) {

    public static final Vocabulary UNRESTRICTED = new Vocabulary(List.of());

    public Vocabulary {
        phrases = List.copyOf(phrases);
    }

    /** A grammar without the unrestricted fallback. */
    public Vocabulary(List<String> phrases) {
        this(phrases, false);
    }

    /** The same phrases, recognized again without a grammar when mostly unknown words come back. */
    public Vocabulary withFallback() {
        return new Vocabulary(phrases, true);
    }

    public boolean unrestricted() {
        return phrases.isEmpty();
    }

    /** Every single word in the phrases (without {@link Transcript#UNKNOWN}). */
    public Set<String> words() {
        return phrases.stream()
                .flatMap(p -> java.util.Arrays.stream(p.split(" ")))
                .filter(w -> !w.isBlank() && !w.equals(Transcript.UNKNOWN))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
