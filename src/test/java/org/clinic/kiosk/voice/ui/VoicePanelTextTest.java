package org.clinic.kiosk.voice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinic.kiosk.topic.Readability;
import org.clinic.kiosk.voice.match.Command;
import org.junit.jupiter.api.Test;

/** The voice panel's own words: plain (reading grade 6 or below), and questions shown as questions. */
class VoicePanelTextTest {

    @Test
    void indicatorCueAndCommandWordsArePlain() {
        List<String> texts = new java.util.ArrayList<>(List.of(
                MicIndicator.LISTENING,
                MicIndicator.SPEAKING,
                MicIndicator.OFF,
                MicIndicator.NO_MICROPHONE,
                MicIndicator.STARTING,
                MicIndicator.PAUSED,
                AnswerArea.CUE));
        for (Command command : Command.values()) {
            texts.add(VoiceEffects.doing(command));
        }
        // Flesch-Kincaid means little for one label, so the panel's words are measured together
        assertThat(Readability.grade(texts.stream().map(t -> t + ".").toList()))
                .as(String.join(" ", texts))
                .isLessThanOrEqualTo(6.0);
    }

    @Test
    void suggestedQuestionsAreShownAsQuestions() {
        assertThat(AnswerArea.asShown("what is a recurrence")).isEqualTo("What is a recurrence?");
        assertThat(AnswerArea.asShown("Can I still work?")).isEqualTo("Can I still work?");
        assertThat(AnswerArea.asShown("  ")).isEmpty();
    }
}
