package org.clinic.kiosk.voice.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a recognizer heard: lower-case words separated by single spaces, no punctuation. It may
 * contain {@value #UNKNOWN} for a stretch of speech outside the vocabulary. At the end of a question
 * it may carry the engine's other likely transcripts (n-best), best first, so that the matcher can
 * weigh them too. Held in memory only: never stored or logged.
 */
public record Transcript(String text, List<String> alternatives) {

    /** Vosk's marker for speech outside a grammar. */
    public static final String UNKNOWN = "[unk]";

    public static final Transcript NOTHING = new Transcript("");

    public Transcript {
        text = plain(text);
        String best = text;
        alternatives = alternatives == null
                ? List.of()
                : alternatives.stream()
                        .map(Transcript::plain)
                        .filter(a -> !a.isEmpty() && !a.equals(best))
                        .distinct()
                        .toList();
    }

    /** Words heard with no alternatives. */
    public Transcript(String text) {
        this(text, List.of());
    }

    /** The words heard first, then the engine's other likely transcripts: what the matcher is given. */
    public List<String> heard() {
        List<String> all = new ArrayList<>();
        all.add(text);
        all.addAll(alternatives);
        return List.copyOf(all);
    }

    private static String plain(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    public List<String> words() {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
