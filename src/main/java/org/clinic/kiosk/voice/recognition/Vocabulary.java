package org.clinic.kiosk.voice.recognition;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a recognizer should listen for in one utterance: phrases it is likely to hear (a grammar,
 * with {@link Transcript#UNKNOWN} for anything else), or {@link #UNRESTRICTED} for the model's
 * whole vocabulary. An engine may treat the phrases as a bias rather than a gate (Vosk makes a
 * bigram language model of them), so words outside them can still come back.
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
                .flatMap(p -> Arrays.stream(p.split(" ")))
                .filter(w -> !w.isBlank() && !w.equals(Transcript.UNKNOWN))
                .collect(Collectors.toUnmodifiableSet());
    }
}
