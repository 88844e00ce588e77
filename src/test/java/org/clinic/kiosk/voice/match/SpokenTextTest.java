package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenTextTest {

    @Test
    void typedAndRecognizedWordsComeOutTheSame() {
        assertThat(SpokenText.words("Um, I can't sleep—what's wrong?"))
                .containsExactly("i", "can", "not", "sleep", "what", "is", "wrong");
        assertThat(SpokenText.words("um i cant sleep whats wrong"))
                .containsExactly("i", "can", "not", "sleep", "what", "is", "wrong");
        assertThat(SpokenText.words("I DON\u2019T want chemo")).containsExactly("i", "do", "not", "want", "chemo");
        assertThat(SpokenText.words("What is Maggie's?")).containsExactly("what", "is", "maggies");
    }

    @Test
    void blankOrPunctuationOnlyGivesNoWords() {
        assertThat(SpokenText.words(null)).isEmpty();
        assertThat(SpokenText.words("  ?! ...")).isEmpty();
        assertThat(SpokenText.words("uh erm hmm")).isEmpty();
    }
}
