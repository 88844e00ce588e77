package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The recognizer's grammar: every word the matcher can use, and nothing twice. */
class MatcherVocabularyTest {

    private static Vocabulary vocabulary;

    @BeforeAll
    static void build() {
        var topics = TopicCatalog.load(Path.of("target/no-topic-overrides")).all();
        vocabulary = LuceneQuestionMatcher.build(
                        topics, Path.of("kiosk-config/synonyms.txt"), "Please ask at the front desk.")
                .vocabulary();
    }

    @Test
    void topicTitlesSynonymsAndCommandPhrasesAreInTheGrammar() {
        List<String> phrases = vocabulary.phrases();
        assertThat(phrases).contains("hospice care"); // a topic's title
        assertThat(vocabulary.words()).contains("hospice", "palliative", "recurrence");
        assertThat(phrases).contains("relapse", "secondaries", "all clear"); // the synonym file
        assertThat(phrases).contains("take me home", "slow down", "read again"); // commands
        assertThat(phrases).contains("where can i park"); // the front desk's questions
        assertThat(vocabulary.words()).contains("please"); // small polite words
    }

    @Test
    void theGrammarHasUnknownAndNoDuplicates() {
        List<String> phrases = vocabulary.phrases();
        assertThat(phrases).contains(Transcript.UNKNOWN);
        assertThat(new HashSet<>(phrases)).hasSameSizeAs(phrases);
        assertThat(vocabulary.unrestricted()).isFalse();
        assertThat(vocabulary.words()).doesNotContain(Transcript.UNKNOWN);
    }

    @Test
    void everyPhraseIsLowerCaseWordsWithoutPunctuation() {
        assertThat(vocabulary.phrases())
                .filteredOn(p -> !p.equals(Transcript.UNKNOWN))
                .allMatch(p -> p.matches("[\\p{Ll}\\p{N}]+( [\\p{Ll}\\p{N}]+)*"), "lower-case words");
    }
}
