package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinic.kiosk.voice.match.ParaphraseVote.Vote;
import org.clinic.kiosk.voice.match.ParaphraseVote.Votes;
import org.junit.jupiter.api.Test;

class CommandByMeaningTest {

    private final CommandByMeaning byMeaning = new CommandByMeaning(CommandPhraseFile.builtIn());

    private static Votes votes(String command, double commandCosine, double topicCosine) {
        return new Votes(
                List.of(new Vote("hope-and-self-care", topicCosine, "a topic's sentence", topicCosine)),
                List.of(new Vote(
                        ParaphraseVote.COMMAND + command, commandCosine, "a command's sentence", commandCosine)));
    }

    private static List<List<String>> heard(String... transcripts) {
        return java.util.Arrays.stream(transcripts).map(SpokenText::words).toList();
    }

    @Test
    void aSentenceNearestInMeaningToACommandWhoseWordsItSaysIsThatCommand() {
        assertThat(byMeaning.find(heard("that's not what i wanted, take me back a page"), votes("back", 0.7, 0.4)))
                .contains(Command.BACK);
        assertThat(byMeaning.find(
                        heard("i left my glasses in the car, can you make it big"), votes("bigger-text", 0.7, 0.3)))
                .contains(Command.BIGGER_TEXT);
    }

    @Test
    void meaningAloneIsNotEnoughTheWordsMustHoldOneOfTheCommandsPhrases() {
        assertThat(byMeaning.find(heard("i have left my glasses in the car"), votes("bigger-text", 0.7, 0.3)))
                .isEmpty();
        // a later transcript that says the words is enough
        assertThat(byMeaning.find(
                        heard("i have left my glasses in the car", "i left my glasses in the car make it bigger"),
                        votes("bigger-text", 0.7, 0.3)))
                .contains(Command.BIGGER_TEXT);
    }

    @Test
    void aCommandNotClearlyNearerThanEveryTopicOrFarInMeaningIsNoAnswer() {
        String said = "that's not what i wanted, take me back a page";
        assertThat(byMeaning.find(heard(said), votes("back", 0.62, 0.6))).isEmpty();
        assertThat(byMeaning.find(heard(said), votes("back", 0.5, 0.2))).isEmpty();
        assertThat(byMeaning.find(heard(said), Votes.NONE)).isEmpty();
    }

    @Test
    void aLongUtteranceIsNeverACommandThisWay() {
        String rambling = "i was going to say to my sister that we should go back to the car park and then"
                + " wait for the bus home";
        assertThat(byMeaning.find(heard(rambling), votes("back", 0.8, 0.2))).isEmpty();
    }
}
