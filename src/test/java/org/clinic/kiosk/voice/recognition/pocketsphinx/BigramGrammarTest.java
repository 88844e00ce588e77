package org.clinic.kiosk.voice.recognition.pocketsphinx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The grammar as Vosk 0.3.45 estimates it (ngram order 2, discount 0.5, counts backed off into the
 * unigram state, which is also where a phrase starts), checked against figures worked out by hand.
 */
class BigramGrammarTest {

    private static final Vocabulary COMMANDS = new Vocabulary(List.of("go back", "go home", Transcript.UNKNOWN));

    private static BigramGrammar everyWordKnown(Vocabulary vocabulary) {
        return BigramGrammar.of(vocabulary, word -> true);
    }

    @Test
    void aPhraseStartsInTheUnigramStateWhichHoldsEveryWordsCount() {
        // unigram counts: go 2, back 1, home 1, [unk] 1, and 3 phrase ends: 8 in all
        BigramGrammar grammar = everyWordKnown(COMMANDS);
        assertThat(grammar.probability("", "go")).isCloseTo(0.5 * 2 / 8, within(1e-12));
        assertThat(grammar.probability("", "back")).isCloseTo(0.5 * 1 / 8, within(1e-12));
        assertThat(grammar.probability("", Transcript.UNKNOWN)).isCloseTo(0.5 * 1 / 8, within(1e-12));
    }

    @Test
    void aSeenPairIsHalfItsShareAndAnUnseenOneBacksOffAtHalfWeight() {
        BigramGrammar grammar = everyWordKnown(COMMANDS);
        assertThat(grammar.probability("go", "back")).isCloseTo(0.5 * 1 / 2, within(1e-12));
        assertThat(grammar.probability("back", "</s>")).isCloseTo(0.5, within(1e-12));
        // "back home" was never said: 0.5 (backoff) x 0.5 x 1/8
        assertThat(grammar.probability("back", "home")).isCloseTo(0.5 * 0.5 / 8, within(1e-12));
        // so any sequence of the grammar's words can be heard, and [unk] is one phrase among many
        assertThat(grammar.probability("home", "go")).isGreaterThan(grammar.probability("home", Transcript.UNKNOWN));
    }

    @Test
    void theArpaTextCarriesTheSameFiguresAsLog10() {
        String arpa = everyWordKnown(COMMANDS).arpa();
        assertThat(arpa).startsWith("\\data\\\nngram 1=6\nngram 2=5\n");
        assertThat(arpa).contains("\n-99 <s> 0\n");
        assertThat(arpa).contains("\n" + Math.round(Math.log10(0.125) * 1e6) / 1e6 + " go -0.30103\n");
        assertThat(arpa).contains("\n" + Math.round(Math.log10(0.5 * 3 / 8) * 1e6) / 1e6 + " </s>\n");
        assertThat(arpa).contains("\n-0.60206 go back\n"); // log10(0.25)
        assertThat(arpa).contains("\n-0.30103 back </s>\n");
        assertThat(arpa).endsWith("\\end\\\n");
    }

    @Test
    void wordsTheEngineCannotSayAreLeftOutOfTheirPhraseAndListed() {
        Vocabulary vocabulary =
                new Vocabulary(List.of("tell me about hospis", "kimo", "hospice care", Transcript.UNKNOWN));
        BigramGrammar grammar =
                BigramGrammar.of(vocabulary, word -> !Set.of("hospis", "kimo").contains(word));
        assertThat(grammar.dropped()).containsExactly("hospis", "kimo");
        assertThat(grammar.words())
                .containsExactlyInAnyOrder("tell", "me", "about", "hospice", "care", Transcript.UNKNOWN);
        // the phrase goes on without the word: "about" ends it now
        assertThat(grammar.probability("about", "</s>")).isCloseTo(0.5, within(1e-12));
        // a phrase left with no word still counts an end in the start state, as Vosk's does
        assertThat(grammar.arpa()).doesNotContain("hospis").doesNotContain("kimo");
    }
}
