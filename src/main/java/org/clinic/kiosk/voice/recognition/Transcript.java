package org.clinic.kiosk.voice.recognition;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a recognizer heard: lower-case words separated by single spaces, no punctuation. It may
 * contain {@value #UNKNOWN} for a stretch of speech outside the vocabulary. Held in memory only:
 * never stored or logged.
 */
public record Transcript(String text) {

    /** Vosk's marker for speech outside a grammar. */
    public static final String UNKNOWN = "[unk]";

    public static final Transcript NOTHING = new Transcript("");

    public Transcript {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    public List<String> words() {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
