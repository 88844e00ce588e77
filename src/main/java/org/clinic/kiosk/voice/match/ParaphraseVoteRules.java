package org.clinic.kiosk.voice.match;

import java.util.List;
import org.clinic.kiosk.voice.match.MatchDecision.Decision;
import org.clinic.kiosk.voice.match.MatchResult.Alternative;
import org.clinic.kiosk.voice.match.MatchResult.Kind;

/**
 * The paraphrase vote's say ({@link ParaphraseVote}) on the search's answer ({@link MatchDecision}).
 *
 * <p>When on, it has a say about topics only, never
 * commands: it settles a choice of two, overrules the search when it is clearly nearer in meaning to
 * another topic, opens a topic the search found nothing for only when its cosine and its lead are both
 * high, and declines an unsure topic when the question is clearly nearest to things the kiosk does not
 * cover, or near nothing at all. Its thresholds were set on the tuning set and the recognizer's
 * garbled transcripts of bad input.
 */
final class ParaphraseVoteRules {

    /** The paraphrase vote settles a choice of two at this cosine or more... */
    static final double PROPOSE_COSINE = 0.55;
    /** ...and this far ahead of the next topic (or declined id). */
    static final double PROPOSE_MARGIN = 0.05;
    /**
     * The paraphrase vote opens a topic the search found none for only at this cosine or more (and
     * {@link #PROPOSE_MARGIN} ahead): on its own it must be clearly near, as a recognizer's garbled
     * transcript can be near a topic by one word.
     */
    static final double ALONE_COSINE = 0.6;
    /**
     * When the search is unsure and no sentence at all is this near in meaning, neither the words nor
     * the meaning point anywhere: declined (word salad, two people talking at once).
     */
    static final double NEAR_NOTHING = 0.4;
    /** The paraphrase vote overrules the search's topic only at this cosine or more... */
    static final double OVERRULE_COSINE = 0.65;
    /** ...and this far ahead of the next (so well ahead of the search's topic). */
    static final double OVERRULE_MARGIN = 0.10;
    /** An unsure topic is declined when the question is this near to a declined question... */
    static final double DECLINE_COSINE = 0.5;
    /** ...and this far nearer than to any topic. */
    static final double DECLINE_MARGIN = 0.05;

    private final MatchDecision decision;

    ParaphraseVoteRules(MatchDecision decision) {
        this.decision = decision;
    }

    /**
     * The search's decision with the paraphrase vote's say (see the class comment). A command, or a
     * question declined as noise, is left as it is.
     *
     * @param votes  the vote on the best transcript
     * @param heardAlone whether that transcript is all that was heard: when the search also matched
     *                   the recognizer's other alternatives, a vote near nothing speaks for one of them only
     */
    Decision withVote(
            Decision searched, List<TopicIndex.Candidate> candidates, ParaphraseVote.Votes votes, boolean heardAlone) {
        if (votes.ranked().isEmpty() || searched.result() instanceof MatchResult.CommandMatch) {
            return searched;
        }
        ParaphraseVote.Vote best = votes.ranked().getFirst();
        double margin = votes.margin();
        String evidence = String.format(
                java.util.Locale.ROOT,
                "closest in meaning: \"%s\" (%s), cosine %.2f, %.2f ahead of the next",
                best.closest(),
                best.id(),
                best.cosine(),
                margin);
        MatchResult result = searched.result();
        boolean searchUnsure =
                !(result instanceof MatchResult.NotUnderstood) && result.confidence() < MatchDecision.SURE;
        if (heardAlone && searchUnsure && best.cosine() < NEAR_NOTHING) {
            return new Decision(
                    decision.notUnderstood(false, result.alternatives(), candidates),
                    "declined: the search was unsure (" + searched.reason() + ") and nothing is near in meaning; "
                            + evidence);
        }
        if (MatchDecision.declined(best.id())) {
            if (searchUnsure && best.cosine() >= DECLINE_COSINE && margin >= DECLINE_MARGIN) {
                boolean frontDesk = best.id().equals(TopicIndex.FRONT_DESK);
                return new Decision(
                        decision.notUnderstood(frontDesk, result.alternatives(), candidates),
                        "declined by the paraphrase vote: the search was unsure (" + searched.reason() + "); "
                                + evidence);
            }
            return new Decision(result, searched.reason() + "; " + evidence);
        }
        boolean strong = best.cosine() >= PROPOSE_COSINE && margin >= PROPOSE_MARGIN;
        return switch (result) {
            case MatchResult.NotUnderstood n
            when strong && best.cosine() >= ALONE_COSINE ->
                new Decision(
                        new MatchResult.TopicMatch(
                                best.id(), MatchDecision.round(best.cosine()), without(n.alternatives(), best.id())),
                        "accepted by the paraphrase vote, the search having found none (" + searched.reason() + "); "
                                + evidence);
            case MatchResult.TopicMatch t
            when !t.topicId().equals(best.id()) && best.cosine() >= OVERRULE_COSINE && margin >= OVERRULE_MARGIN ->
                new Decision(
                        new MatchResult.TopicMatch(
                                best.id(),
                                MatchDecision.round(best.cosine()),
                                List.of(new Alternative(Kind.TOPIC, t.topicId(), t.confidence()))),
                        "accepted by the paraphrase vote over the search's " + t.topicId() + " (" + searched.reason()
                                + "); " + evidence);
            case MatchResult.TopicChoice c
            when best.id().equals(c.first().id()) && strong ->
                new Decision(
                        new MatchResult.TopicMatch(best.id(), c.first().confidence(), c.alternatives()),
                        "accepted: the paraphrase vote settles the choice of two (" + searched.reason() + "); "
                                + evidence);
            case MatchResult.TopicChoice c
            when best.id().equals(c.second().id()) ->
                strong
                        ? new Decision(
                                new MatchResult.TopicMatch(best.id(), c.second().confidence(), List.of(c.first())),
                                "accepted: the paraphrase vote settles the choice of two (" + searched.reason() + "); "
                                        + evidence)
                        : new Decision(
                                // the first stays the likelier: the two swap places, not confidences
                                new MatchResult.TopicChoice(
                                        new Alternative(
                                                Kind.TOPIC,
                                                c.second().id(),
                                                c.first().confidence()),
                                        new Alternative(
                                                Kind.TOPIC,
                                                c.first().id(),
                                                c.second().confidence()),
                                        c.alternatives()),
                                "a choice of two, the paraphrase vote putting the second first (" + searched.reason()
                                        + "); " + evidence);
            default -> new Decision(result, searched.reason() + "; " + evidence);
        };
    }

    private static List<Alternative> without(List<Alternative> alternatives, String id) {
        return alternatives.stream().filter(a -> !a.id().equals(id)).toList();
    }
}
