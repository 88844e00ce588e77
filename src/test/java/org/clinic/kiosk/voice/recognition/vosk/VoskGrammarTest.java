package org.clinic.kiosk.voice.recognition.vosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grammar list as Vosk 0.3.45 gets it. What Vosk then does with it (a bigram model, backoff,
 * discount 0.5) happens in the native engine and is measured only with a real model
 * ({@code VoskRecognitionTest}, {@code ./kiosk bench vosk}); here: what we hand it.
 */
class VoskGrammarTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A model that knows every word but these, and knows [unk]. */
    private static Predicate<String> knowsAllBut(String... unknown) {
        Set<String> missing = Set.of(unknown);
        return word -> !missing.contains(word);
    }

    private static List<String> parse(VoskGrammar grammar) {
        return JSON.readValue(grammar.json(), new TypeReference<List<String>>() {});
    }

    private static List<String> withoutUnknown(List<String> list) {
        return list.stream().filter(p -> !p.equals(Transcript.UNKNOWN)).toList();
    }

    @Test
    void phrasesComeOnceThenUnknownEntries() {
        VoskGrammar grammar = VoskGrammar.of(
                new Vocabulary(List.of("go back", "tell me  about hospice", "go back")), knowsAllBut(), 0);
        assertEquals(List.of("go back", "tell me about hospice", "[unk]"), parse(grammar));
        assertEquals(2, grammar.phrases());
        assertEquals(6, grammar.words());
        assertEquals(List.of(), grammar.unknownWords());
    }

    @Test
    void quotesAndBackslashesAreEscapedSoTheListStaysValid() {
        VoskGrammar grammar = VoskGrammar.of(new Vocabulary(List.of("say \"hi\"", "back\\slash")), knowsAllBut(), 0);
        assertEquals(List.of("say \"hi\"", "back\\slash", "[unk]"), parse(grammar));
    }

    @Test
    void unknownGetsItsShareOfTheSingleWordCounts() {
        // 100 phrases of 3 words: 400 single-word counts (each word and each phrase's end)
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            phrases.add("word" + i + " and more");
        }
        VoskGrammar grammar = VoskGrammar.of(new Vocabulary(phrases), knowsAllBut(), 0.05);
        List<String> list = parse(grammar);
        long unknown = list.stream().filter(Transcript.UNKNOWN::equals).count();
        // k / (400 + 2k) = 0.05: k = 22.2, so 23 entries, each "[unk]" alone
        assertEquals(23, unknown);
        double share = unknown / (400.0 + 2 * unknown);
        assertEquals(0.05, share, 0.002);
        assertEquals(List.copyOf(new LinkedHashSet<>(phrases)), withoutUnknown(list));
        assertEquals(1, VoskGrammar.unknownEntries(Set.of("hello kiosk"), 0.05), "a tiny grammar: at least once");
    }

    @Test
    void aWordTheModelDoesNotKnowBecomesUnknownInItsPhraseAndIsListed() {
        VoskGrammar grammar = VoskGrammar.of(
                new Vocabulary(List.of("tell me about oncotype", "what is xeloda for", "xeloda", "go back")),
                knowsAllBut("oncotype", "xeloda"),
                0);
        assertEquals(List.of("tell me about [unk]", "what is [unk] for", "go back", "[unk]"), parse(grammar));
        assertEquals(List.of("oncotype", "xeloda"), grammar.unknownWords());
        assertEquals(3, grammar.phrases());
        assertEquals(8, grammar.words());
    }

    @Test
    void withoutUnknownInTheModelTheUnknownWordsAreLeftOut() {
        VoskGrammar grammar = VoskGrammar.of(
                new Vocabulary(List.of("tell me about oncotype", "help [unk]")),
                knowsAllBut("oncotype", Transcript.UNKNOWN),
                0.05);
        assertEquals(List.of("tell me about", "help"), parse(grammar));
        assertEquals(List.of("oncotype"), grammar.unknownWords());
    }

    @Test
    void theVocabularysOwnUnknownMarkersAreReplacedByTheWeightedOnes() {
        VoskGrammar grammar = VoskGrammar.of(new Vocabulary(List.of("[unk]", "help [unk]")), knowsAllBut(), 0);
        assertEquals(List.of("help", "[unk]"), parse(grammar));
    }

    @Test
    void eachWordIsAskedOfTheModelOnce() {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        VoskGrammar.of(
                new Vocabulary(List.of("go back", "go home", "back home xeloda", "xeloda")),
                word -> {
                    asked.add(word);
                    return !word.equals("xeloda");
                },
                0);
        assertEquals(List.of("[unk]", "go", "back", "home", "xeloda"), asked);
    }

    @Test
    void anUnknownShareOutsideItsRangeIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> VoskGrammar.of(new Vocabulary(List.of("help")), knowsAllBut(), 0.5));
    }
}
