package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandPhrasesTest {

    @Test
    void everyCommandHasPhrasesInTheBuiltInFile() {
        CommandPhrases phrases = CommandPhraseFile.builtIn();
        for (Command command : Command.values()) {
            assertThat(phrases.find(SpokenText.words(command.id().replace('-', ' '))))
                    .as(command.id())
                    .contains(command);
        }
    }

    @Test
    void politeWordsAndWordEndingsDoNotMatter() {
        CommandPhrases phrases = CommandPhraseFile.parse("slower: talk too fast\n");
        assertThat(phrases.find(SpokenText.words("Could you please stop talking so... no: you're talking too fast")))
                .isEmpty();
        assertThat(phrases.find(SpokenText.words("you are talking too fast"))).contains(Command.SLOWER);
        assertThat(phrases.find(SpokenText.words("talking too fast please"))).contains(Command.SLOWER);
    }

    @Test
    void askingForAPersonIsNeedHelpAndHelpAloneIsHowToUseTheKiosk() {
        CommandPhrases phrases = CommandPhraseFile.builtIn();
        for (String said : List.of(
                "I need help",
                "help me",
                "please help me",
                "can someone help me",
                "get me someone",
                "get someone",
                "I need a nurse",
                "I need somebody",
                "I feel unwell",
                "I don't feel well")) {
            assertThat(phrases.find(SpokenText.words(said))).as(said).contains(Command.NEED_HELP);
        }
        for (String said : List.of("help", "what can I say", "how does this work")) {
            assertThat(phrases.find(SpokenText.words(said))).as(said).contains(Command.HELP);
        }
        // "me" around another command changes nothing
        assertThat(phrases.find(SpokenText.words("read it to me"))).contains(Command.READ);
        assertThat(phrases.find(SpokenText.words("take me home"))).contains(Command.HOME);
        assertThat(phrases.find(SpokenText.words("me"))).isEmpty();
    }

    @Test
    void theWaysPatientsAskedForTextSizeChoicesAndNotNowAreCommands() {
        CommandPhrases phrases = CommandPhraseFile.builtIn();
        for (String[] said : List.of(
                new String[] {"please increase the font size", "bigger-text"},
                new String[] {"reduce the font size", "smaller-text"},
                new String[] {"second option please", "two"},
                new String[] {"the first option", "one"},
                new String[] {"no not now thank you", "no"},
                new String[] {"not yet", "no"},
                new String[] {"I feel really unwell", "need-help"},
                new String[] {"how do I work the thing", "help"},
                new String[] {"can on a minute", "pause"})) { // "hang on a minute" with its first word misheard
            assertThat(phrases.find(SpokenText.words(said[0])))
                    .as(said[0])
                    .map(Command::id)
                    .contains(said[1]);
        }
    }

    @Test
    void onIsNotOne() {
        CommandPhrases phrases = CommandPhraseFile.builtIn();
        // the stemmer makes "one" "on": "not on any" was "not one", a no
        assertThat(phrases.find(SpokenText.words("not on any"))).isEmpty();
        assertThat(phrases.find(SpokenText.words("not that one"))).contains(Command.NO);
        assertThat(phrases.find(SpokenText.words("go on"))).contains(Command.RESUME);
    }

    @Test
    void aBareDoIsNotYes() {
        // "please do" once made a bare "do" a yes: PocketSphinx heard a tune as "can do to do"
        CommandPhrases phrases = CommandPhraseFile.builtIn();
        assertThat(phrases.find(SpokenText.words("can do to do"))).isEmpty();
        assertThat(phrases.find(SpokenText.words("do"))).isEmpty();
        assertThat(phrases.find(SpokenText.words("yes please do"))).contains(Command.YES);
    }

    @Test
    void wordsOfEaseAroundACommandChangeNothing() {
        CommandPhrases phrases = CommandPhraseFile.builtIn();
        assertThat(phrases.find(SpokenText.words("okay, keep going"))).contains(Command.RESUME);
        assertThat(phrases.find(SpokenText.words("hang on a sec"))).contains(Command.PAUSE);
        assertThat(phrases.find(SpokenText.words("slow down a bit, love"))).contains(Command.SLOWER);
        assertThat(phrases.find(SpokenText.words("okay"))).contains(Command.YES);
        assertThat(phrases.find(SpokenText.words("love"))).isEmpty();
        // "what?" before a command is surprise, and alone it is no command (a recognizer hears it in noise)
        assertThat(phrases.find(SpokenText.words("What? Say that again"))).contains(Command.REPEAT);
        assertThat(phrases.find(SpokenText.words("what"))).isEmpty();
    }
}
