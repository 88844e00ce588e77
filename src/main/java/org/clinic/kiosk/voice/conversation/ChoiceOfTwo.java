package org.clinic.kiosk.voice.conversation;

import java.util.Optional;
import java.util.function.Function;
import org.clinic.kiosk.voice.conversation.Effect.OfferChoice;
import org.clinic.kiosk.voice.match.Command;
import org.clinic.kiosk.voice.match.MatchResult;

/**
 * The choice of two on offer ("Did you mean 1 or 2?"): the question asked, and which of the two
 * topics an answer (said or tapped) picks.
 */
final class ChoiceOfTwo {

    private final Function<String, String> titleOf;
    /** The two topics of the choice on offer, or null. */
    private String[] choice;

    /** @param titleOf a topic's title, for the spoken choice */
    ChoiceOfTwo(Function<String, String> titleOf) {
        this.titleOf = titleOf;
    }

    boolean onOffer() {
        return choice != null;
    }

    void withdraw() {
        choice = null;
    }

    /** Offers the best two topics: the question said and shown. */
    OfferChoice offer(MatchResult.TopicChoice offered) {
        String first = offered.first().id();
        String second = offered.second().id();
        choice = new String[] {first, second};
        String firstTitle = titleOf.apply(first);
        String secondTitle = titleOf.apply(second);
        String question =
                "Did you mean 1, " + firstTitle + ", or 2, " + secondTitle + "? Say one or two, or tap your answer.";
        return new OfferChoice(first, firstTitle, second, secondTitle, question);
    }

    /**
     * The topic a spoken answer picks: "one" or "yes" the first, "two" the second, or either topic
     * asked for by name; none when the patient said something else. A pick withdraws the choice.
     */
    Optional<String> picked(MatchResult result) {
        String picked =
                switch (result) {
                    case MatchResult.CommandMatch c
                    when c.command() == Command.ONE || c.command() == Command.YES -> choice[0];
                    case MatchResult.CommandMatch c when c.command() == Command.TWO -> choice[1];
                    case MatchResult.TopicMatch t
                    when t.topicId().equals(choice[0]) || t.topicId().equals(choice[1]) -> t.topicId();
                    case MatchResult.TopicChoice t
                    when t.first().id().equals(choice[0]) || t.first().id().equals(choice[1]) ->
                        t.first().id();
                    default -> null;
                };
        if (picked != null) {
            choice = null;
        }
        return Optional.ofNullable(picked);
    }

    /** The topic of choice 1 or 2 tapped, which withdraws the choice; none when no choice is on offer. */
    Optional<String> touched(int number) {
        if (choice == null || (number != 1 && number != 2)) {
            return Optional.empty();
        }
        String topic = choice[number - 1];
        choice = null;
        return Optional.of(topic);
    }
}
