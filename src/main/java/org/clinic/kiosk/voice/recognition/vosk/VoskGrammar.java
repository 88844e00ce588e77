package org.clinic.kiosk.voice.recognition.vosk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link Vocabulary} as the JSON list Vosk takes as a grammar: each phrase once, then
 * {@code "[unk]"} for anything else. Words the model does not know are left out of their phrase
 * beforehand (Vosk would ignore them too, but with a warning for each one).
 */
final class VoskGrammar {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VoskGrammar() {}

    /**
     * @param knownWords the model's words, or empty when the model does not list them (then every
     *                   word is kept)
     */
    static String json(Vocabulary vocabulary, Optional<Set<String>> knownWords) {
        Set<String> phrases = new LinkedHashSet<>();
        for (String phrase : vocabulary.phrases()) {
            List<String> kept = new ArrayList<>();
            for (String word : phrase.strip().split("\\s+")) {
                if (word.isEmpty() || word.equals(Transcript.UNKNOWN)) {
                    continue;
                }
                if (knownWords.isEmpty() || knownWords.get().contains(word)) {
                    kept.add(word);
                }
            }
            if (!kept.isEmpty()) {
                phrases.add(String.join(" ", kept));
            }
        }
        List<String> grammar = new ArrayList<>(phrases);
        grammar.add(Transcript.UNKNOWN);
        return JSON.writeValueAsString(grammar);
    }
}
