package org.clinic.kiosk.voice;

import java.util.List;
import java.util.Set;

/**
 * What a recognizer should listen for in one utterance: phrases it may hear (a grammar, with
 * {@link Transcript#UNKNOWN} for anything else), or {@link #UNRESTRICTED} for the model's whole
 * vocabulary.
 *
 * @param phrases lower-case phrases, each one or more words; empty means unrestricted
 */
public record Vocabulary(List<String> phrases) {

    public static final Vocabulary UNRESTRICTED = new Vocabulary(List.of());

    public Vocabulary {
        phrases = List.copyOf(phrases);
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
