package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandWithReasonTest {

    @Test
    void aCommandWithAShortReasonAfterItIsStillTheCommand() {
        CommandWithReason phrases = new CommandWithReason(CommandPhraseFile.builtIn());
        java.util.Set<String> topicWords = java.util.Set.of("chemo", "leaflet", "wife", "joke");
        for (String[] said : List.of(
                new String[] {"speak up, it's noisy in here", "louder"},
                new String[] {"read it out, I left my glasses in the car", "read"},
                new String[] {"carry on where you left off", "resume"},
                new String[] {"what was that, I was miles away", "repeat"})) {
            assertThat(phrases.find(SpokenText.words(said[0]), topicWords::contains))
                    .as(said[0])
                    .map(Command::id)
                    .contains(said[1]);
        }
        for (String said : List.of(
                "stop, I want to stop chemo", // a topic's word in the reason
                "tell me a joke", // a weak one-word phrase
                "telling the wife",
                "go on, tell me a job", // another request, not a reason ("joke" heard as "job", no topic's word)
                "what do I say to the grandkids", // how to use the kiosk is never taken with a reason
                "is there a leaflet I can take home", // the command is not first
                "so what was I going to say", // the words after "what was" finish its sentence
                "pause it, my phone is ringing and my sister is on her way over now")) { // too long a reason
            assertThat(phrases.find(SpokenText.words(said), topicWords::contains))
                    .as(said)
                    .isEmpty();
        }
    }

    @Test
    void aYesOrNoSaidFirstGivesWayToTheCommandAfterIt() {
        CommandWithReason phrases = new CommandWithReason(CommandPhraseFile.builtIn());
        java.util.Set<String> topicWords = java.util.Set.of("chemo", "treatment");
        for (String[] said : List.of(
                new String[] {"right, carry on where you were", "resume"},
                new String[] {"okay, keep going", "resume"},
                new String[] {"yes, go on reading", "resume"},
                new String[] {"no no, take me home", "home"},
                new String[] {"yes, read it out", "read"},
                new String[] {"no no, not that one, back", "back"}, // after a no, even a word common in talk
                new String[] {"no, back", "back"})) {
            assertThat(phrases.find(SpokenText.words(said[0]), topicWords::contains))
                    .as(said[0])
                    .map(Command::id)
                    .contains(said[1]);
        }
        for (String said : List.of(
                "yeah ok, go on then", // "go on" after a yes is the yes
                "aye go on them",
                "right, carry on with the chemo")) { // more than a command after the yes
            assertThat(phrases.find(SpokenText.words(said), topicWords::contains))
                    .as(said)
                    .map(Command::id)
                    .isNotEqualTo(java.util.Optional.of("resume"));
        }
        // "aye, go on then" as a recognizer hears it
        assertThat(phrases.heardAsAyeGoOn(SpokenText.words("i go on then"))).isTrue();
        assertThat(phrases.heardAsAyeGoOn(SpokenText.words("go on then"))).isFalse();
        for (String said : List.of("no, that one", "wrong one")) { // one after a no points, it chooses nothing
            assertThat(phrases.find(SpokenText.words(said), topicWords::contains))
                    .as(said)
                    .map(Command::id)
                    .isNotEqualTo(java.util.Optional.of("one"));
        }
    }

    @Test
    void aCommandBesideSayingTheWrongTopicOpenedIsThatCommand() {
        CommandWithReason phrases = new CommandWithReason(CommandPhraseFile.builtIn());
        java.util.function.Function<String, java.util.Optional<String>> heard =
                said -> phrases.find(SpokenText.words(said), java.util.Set.of("back", "page", "home", "one")::contains)
                        .map(Command::id);
        assertThat(heard.apply("back, that's the wrong page")).contains("back");
        assertThat(heard.apply("wrong one, back")).contains("back");
        assertThat(heard.apply("oops wrong button, go home")).contains("home");
        assertThat(heard.apply("not that one, go back")).contains("back");
        assertThat(heard.apply("that's the wrong thing, go back")).contains("back");
        assertThat(heard.apply("that's not what I wanted, previous screen please"))
                .contains("back");
        assertThat(heard.apply("not what I meant, take me home")).contains("home");
        // a word the recognizer ended on, which was not said, is no reason beside the no
        assertThat(heard.apply("no not that one previous green")).contains("back");
        java.util.function.Predicate<String> topicWords = java.util.Set.of("pain", "chemo")::contains;
        assertThat(phrases.find(SpokenText.words("not that one, back pain"), topicWords))
                .map(Command::id)
                .isNotEqualTo(java.util.Optional.of("back"));
        assertThat(phrases.find(SpokenText.words("wrong one, go back to the chemo"), topicWords))
                .map(Command::id)
                .isNotEqualTo(java.util.Optional.of("back"));
        // pointing chooses nothing, and a question with "wrong" in it is no command
        assertThat(heard.apply("wrong one, that one")).isNotEqualTo(java.util.Optional.of("back"));
        assertThat(heard.apply("why did it come back, was the treatment wrong")).isEmpty();
        assertThat(heard.apply("back pain, is that wrong")).isEmpty();
        assertThat(heard.apply("that's not what I wanted to hear, is it back")).isEmpty();
    }

    @Test
    void aCallForAPersonWithWhatIsWrongOpensTheHelpCard() {
        CommandWithReason phrases = new CommandWithReason(CommandPhraseFile.builtIn());
        java.util.Set<String> topicWords = java.util.Set.of("faint", "well", "breathe", "fear", "questions", "pain");
        for (String said : List.of(
                "help me please, I feel really faint",
                "get someone now, my dad's not well",
                "please help me, I can't breathe properly, get someone",
                "I've gone all dizzy, can somebody come")) { // what is wrong first, then the call
            assertThat(phrases.find(SpokenText.words(said), topicWords::contains))
                    .as(said)
                    .contains(Command.NEED_HELP);
        }
        for (String said : List.of(
                "help me think of questions for my appointment",
                "can I get help with the pain while I'm still having treatment",
                "I feel sick with fear ever since they told me, is it normal to be this frightened")) {
            assertThat(phrases.find(SpokenText.words(said), topicWords::contains))
                    .as(said)
                    .isEmpty();
        }
    }
}
