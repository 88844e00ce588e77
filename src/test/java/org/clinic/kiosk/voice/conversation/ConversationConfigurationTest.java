package org.clinic.kiosk.voice.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.kiosk.voice.LabelledSpeech;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.clinic.kiosk.voice.recognition.ExpectedSpeech;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConversationConfigurationTest {

    private static QuestionMatcher matcher;

    @BeforeAll
    static void build() {
        matcher = LabelledSpeech.matcher();
    }

    @Test
    void questionsAreHeardWithTheModelsWholeVocabularyByDefault() {
        ExpectedSpeech expected =
                new ConversationConfiguration().expectedSpeech(matcher, LabelledSpeech.settings(false, false));

        assertThat(expected.questions()).isEqualTo(Vocabulary.UNRESTRICTED);
        assertThat(expected.wakePhrase()).isEmpty();
    }

    @Test
    void withTheGrammarSettingQuestionsAreHeardWithTheMatchersWordsAndTheirWaysOfAsking() {
        ExpectedSpeech expected =
                new ConversationConfiguration().expectedSpeech(matcher, LabelledSpeech.settings(true, true));

        assertThat(expected.questions()).isEqualTo(matcher.vocabulary());
        // the paraphrase vote's sentences are in it too: patients' own words, not only the topics'
        assertThat(expected.questions().phrases())
                .contains("a team that helps with comfort and symptoms", "what is your name and who made you");
        assertThat(expected.wakePhrase()).contains("hello kiosk");
    }
}
