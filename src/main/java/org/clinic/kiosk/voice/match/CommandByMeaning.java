package org.clinic.kiosk.voice.match;

import java.util.List;
import java.util.Optional;

/**
 * A command asked for in a sentence of one's own, found by meaning and words together: the sentence is
 * nearer in meaning to one command's sentences ({@link ParaphraseVote#COMMANDS_RESOURCE}) than to any
 * topic's, the front desk's or off-topic talk's, and its words hold one of that command's phrases, however
 * weak ("that's not what I wanted, take me back a page"; "I left my glasses in the car, can you make it
 * big"). Meaning alone invents commands and words alone miss these: both must agree. Only a candidate,
 * like {@link CommandInSentence}: taken when the words as a whole open no topic surely.
 */
final class CommandByMeaning {

    /**
     * The nearest command sentence must be at least this near (cosine). With {@link #MARGIN}, chosen on the
     * tuning and spent sets: at 0.5 and no margin, "what am I supposed to ask, I don't even know what I
     * don't know" (questions for the doctor) became help.
     */
    static final double MIN_COSINE = 0.55;

    /** ... and at least this much nearer than the nearest sentence of a topic, the front desk or off-topic talk. */
    static final double MARGIN = 0.05;

    /** Longer utterances are questions or talk, never a command found this way. */
    static final int MAX_WORDS = 20;

    private final CommandPhrases phrases;

    CommandByMeaning(CommandPhrases phrases) {
        this.phrases = phrases;
    }

    /**
     * The command that the votes on what was heard put first, when near enough and ahead of every other
     * id, and one of the first transcripts ({@code heard}, their words) holds one of its phrases.
     */
    Optional<Command> find(List<List<String>> heard, ParaphraseVote.Votes votes) {
        if (votes.commands().isEmpty()) {
            return Optional.empty();
        }
        ParaphraseVote.Vote best = votes.commands().getFirst();
        double other = votes.ranked().isEmpty() ? 0 : votes.ranked().getFirst().cosine();
        if (best.cosine() < MIN_COSINE || best.cosine() - other < MARGIN) {
            return Optional.empty();
        }
        Optional<Command> command = Command.byId(best.id().substring(ParaphraseVote.COMMAND.length()));
        return command.filter(c -> heard.stream()
                .anyMatch(words ->
                        words.size() <= MAX_WORDS && !phrases.toldAsDoing(words) && phrases.mentions(words, c)));
    }
}
