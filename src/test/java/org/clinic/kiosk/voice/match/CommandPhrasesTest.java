package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandPhrasesTest {

    @Test
    void everyCommandHasPhrasesInTheBuiltInFile() {
        CommandPhrases phrases = CommandPhrases.builtIn();
        for (Command command : Command.values()) {
            assertThat(phrases.find(SpokenText.words(command.id().replace('-', ' '))))
                    .as(command.id())
                    .contains(command);
        }
    }

    @Test
    void politeWordsAndWordEndingsDoNotMatter() {
        CommandPhrases phrases = CommandPhrases.parse("slower: talk too fast\n");
        assertThat(phrases.find(SpokenText.words("Could you please stop talking so... no: you're talking too fast")))
                .isEmpty();
        assertThat(phrases.find(SpokenText.words("you are talking too fast"))).contains(Command.SLOWER);
        assertThat(phrases.find(SpokenText.words("talking too fast please"))).contains(Command.SLOWER);
    }

    @Test
    void aPhraseGivenToTwoCommandsIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> CommandPhrases.parse("stop: stop\n\ngo: go\n")).hasMessageContaining("line 3");
        assertThatThrownBy(() -> CommandPhrases.parse("stop: quiet\nquieter: quiet please\n"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("'quiet please' is also a phrase for stop");
    }
}
