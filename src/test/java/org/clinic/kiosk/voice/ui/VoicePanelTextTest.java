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
                VoicePanel.LISTENING,
                VoicePanel.SPEAKING,
                VoicePanel.OFF,
                VoicePanel.NO_MICROPHONE,
                VoicePanel.STARTING,
                VoicePanel.PAUSED,
                VoicePanel.CUE));
        for (Command command : Command.values()) {
            texts.add(VoicePanel.doing(command));
        }
        // Flesch-Kincaid means little for one label, so the panel's words are measured together
        assertThat(Readability.grade(texts.stream().map(t -> t + ".").toList()))
                .as(String.join(" ", texts))
                .isLessThanOrEqualTo(6.0);
    }

    @Test
    void suggestedQuestionsAreShownAsQuestions() {
        assertThat(VoicePanel.asShown("what is a recurrence")).isEqualTo("What is a recurrence?");
        assertThat(VoicePanel.asShown("Can I still work?")).isEqualTo("Can I still work?");
        assertThat(VoicePanel.asShown("  ")).isEmpty();
    }
}
