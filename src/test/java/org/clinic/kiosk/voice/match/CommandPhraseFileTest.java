package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandPhraseFileTest {

    @Test
    void aPhraseThatPoliteWordsShrinkToOneWordNobodyWroteAloneIsRefused() {
        assertThatThrownBy(() -> CommandPhraseFile.parse("pause: wait\n\nyes: yes, please do\n"))
                .hasMessageContaining("line 3")
                .hasMessageContaining("'please do' is only 'do'");
        assertThat(CommandPhraseFile.parse("pause: moment, just a moment\n").find(SpokenText.words("just a moment")))
                .contains(Command.PAUSE);
    }

    @Test
    void aPhraseGivenToTwoCommandsIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> CommandPhraseFile.parse("stop: stop\n\ngo: go\n"))
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> CommandPhraseFile.parse("stop: quiet\nquieter: quiet please\n"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("'quiet please' is also a phrase for stop");
    }
}
