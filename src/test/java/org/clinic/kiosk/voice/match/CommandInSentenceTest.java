package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandInSentenceTest {

    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("plan", "lives", "treatment");

    @Test
    void aCommandSaidAnywhereInsideAShortSentenceIsACandidate() {
        CommandInSentence phrases = new CommandInSentence(CommandPhraseFile.builtIn());
        for (String[] said : List.of(
                new String[] {"um could you be a bit quieter, everyone's looking", "quieter"},
                new String[] {"sorry, can you pause it, my phone's ringing", "pause"},
                new String[] {"the writing's too huge, shrink it down smaller", "smaller-text"},
                new String[] {"go back to the page before, the previous one", "back"},
                // a no said first turns down what is on screen: the command after it is what is wanted
                new String[] {"no, go back", "back"},
                new String[] {"no no, I want the one before", "back"},
                new String[] {"nope, stop reading please", "stop"},
                new String[] {"um the first one please love", "one"},
                new String[] {"keep going with it please", "resume"})) {
            assertThat(phrases.within(SpokenText.words(said[0]), TITLE_WORDS::contains))
                    .as(said[0])
                    .map(Command::id)
                    .contains(said[1]);
        }
        for (String said : List.of(
                "does the shuttle bus go back to the train station", // a question
                "how do people plan their lives when treatment just keeps going on", // a question word
                "mum doesn't speak up with the doctors", // a command said negated is not that command
                "yeah ok go on then", // yes or carry on: two commands could be meant
                "uh go on tell me a job", // another request after it ("joke" heard as "job"): it only urges that on
                "carry on show us a picture of it",
                "their a leaflet i can take home", // the patient's home
                "handed people plan their lives on treatment just keeps going on", // topics named around it
                "what can I say to my kids about it", // how to use the kiosk only alone
                "so what I was going to", // "what ... was" with the rest of its sentence after it
                "will my hair grow back after the chemo", // "will" with someone else after it asks a question
                "there's no going back now", // a no inside the sentence still negates
                "my doctor say the chemo came back up what does it means", // back after came is the cancer's
                "so it's back up is it the same cancer",
                "I go on about it too much, my wife says", // talk about something
                "well no way, it cannot go on like this", // and a no not said first still holds another command back
                "I like to learn English, you help me", // a call for help only alone or with what is wrong
                // "the first one" with many words around points at what the sentence tells of, not at a choice
                "take me to the mainstream love the first one it should",
                // a phrase's word said as doing tells of it, it does not ask for it
                "so carrying on is worth it then",
                "they said carrying on is worth the side effects")) {
            assertThat(phrases.within(SpokenText.words(said), TITLE_WORDS::contains))
                    .as(said)
                    .isEmpty();
        }
    }
}
