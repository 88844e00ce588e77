package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.Test;

class GrammarStampTest {

    private static final Vocabulary KIOSK = new Vocabulary(List.of("tell me about hospice", "go back", "[unk]"));

    @Test
    void aCopysHeaderGivesBackTheStampItWasWrittenWith() {
        GrammarStamp stamp = GrammarStamp.of(KIOSK);
        List<String> header =
                List.of("# Grammar-biased copy of dev.tsv, heard with the matcher's " + stamp.text() + ", made ...");

        assertThat(GrammarStamp.in(header)).contains(stamp);
        assertThat(stamp.phrases()).isEqualTo(3);
        assertThat(stamp.hash()).hasSize(12);
    }

    @Test
    void theSamePhrasesInAnotherOrderHaveTheSameStamp() {
        Vocabulary reordered = new Vocabulary(List.of("[unk]", "go back", "tell me about hospice"));

        assertThat(GrammarStamp.of(reordered)).isEqualTo(GrammarStamp.of(KIOSK));
    }

    @Test
    void aChangedPhraseChangesTheStamp() {
        Vocabulary changed = new Vocabulary(List.of("tell me about hospice care", "go back", "[unk]"));

        assertThat(GrammarStamp.of(changed).hash())
                .isNotEqualTo(GrammarStamp.of(KIOSK).hash());
    }

    @Test
    void aSetWithoutAStampInItsHeaderHasNone() {
        assertThat(GrammarStamp.in(List.of("# Real-recognizer copy of dev.tsv", "# label<TAB>best transcript")))
                .isEmpty();
    }
}
