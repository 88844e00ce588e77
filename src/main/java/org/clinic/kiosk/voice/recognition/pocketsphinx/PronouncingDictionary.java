package org.clinic.kiosk.voice.recognition.pocketsphinx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.clinic.kiosk.voice.recognition.Transcript;

/**
 * The model's pronouncing dictionary ({@code cmudict-en-us.dict}: {@code word PH O NE S} a line,
 * {@code word(2) ...} for another way to say it), read once. A grammar's decoder gets only the
 * lines of its own words: PocketSphinx then builds its search in milliseconds, where the whole
 * dictionary of 134,000 words takes seconds.
 */
final class PronouncingDictionary {

    /** {@link Transcript#UNKNOWN} said as PocketSphinx's "spoken noise", as Vosk's models say theirs. */
    static final String UNKNOWN_LINE = Transcript.UNKNOWN + " +SPN+\n";

    /** word -> its lines (with the pronunciation variants), each ending in a new line */
    private final Map<String, String> lines;

    private PronouncingDictionary(Map<String, String> lines) {
        this.lines = lines;
    }

    static PronouncingDictionary read(Path file) {
        Map<String, String> lines = new HashMap<>(200_000);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                int space = line.indexOf(' ');
                if (space <= 0 || line.startsWith("#")) {
                    continue;
                }
                String word = line.substring(0, space);
                int variant = word.indexOf('(');
                if (variant > 0) {
                    word = word.substring(0, variant);
                }
                lines.merge(word, line + "\n", String::concat);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the pronouncing dictionary " + file + " cannot be read", e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("the pronouncing dictionary " + file + " has no words");
        }
        return new PronouncingDictionary(lines);
    }

    /** Whether the dictionary can say {@code word} ({@link Transcript#UNKNOWN} always). */
    boolean knows(String word) {
        return word.equals(Transcript.UNKNOWN) || lines.containsKey(word);
    }

    int size() {
        return lines.size();
    }

    /** A dictionary file's text with only {@code words} (those it knows) and {@link Transcript#UNKNOWN}. */
    String only(Collection<String> words) {
        StringBuilder text = new StringBuilder(UNKNOWN_LINE);
        for (String word : words) {
            String said = lines.get(word);
            if (said != null) {
                text.append(said);
            }
        }
        return text.toString();
    }
}
