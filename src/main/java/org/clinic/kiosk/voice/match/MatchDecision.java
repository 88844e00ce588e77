package org.clinic.kiosk.voice.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.voice.match.MatchResult.Alternative;
import org.clinic.kiosk.voice.match.MatchResult.Kind;

/**
 * From the ranked topics to an answer: open the best topic, offer a choice of two, or say "not
 * understood" (kindly pointing to the front desk when its questions won), with three questions to
 * ask instead.
 *
 * <p>Confidence (0 to 1) is coverage times how clearly the best topic beats the next one
 * ({@code 0.5 + 0.5 * margin}). Below {@link #SURE} the kiosk offers a choice between the best
 * two; below {@link #UNSURE} it says it did not understand.
 *
 * <p>The paraphrase vote ({@link ParaphraseVote}), when on, has a say about topics only, never
 * commands: it settles a choice of two, overrules the search when it is clearly nearer in meaning to
 * another topic, opens a topic the search found nothing for only when its cosine and its lead are both
 * high, and declines an unsure topic when the question is clearly nearest to things the kiosk does not
 * cover, or near nothing at all. Its thresholds were set on the tuning set and the recognizer's
 * garbled transcripts of bad input.
 */
final class MatchDecision {

    static final double SURE = 0.6;
    static final double UNSURE = 0.3;
    /** Topics less likely than this are not worth offering as alternatives. */
    static final double LEAST_ALTERNATIVE = 0.05;
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

    /** A topic suggested after "not understood" must share at least this much with the question. */
    private static final double SUGGESTION_COVERAGE = 0.5;

    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final List<String> defaultSuggestions;
    private final String frontDeskReply;

    /**
     * @param frontDeskMessage the clinic's sentence pointing to the front desk, said after
     *                         "I cannot help with that here."
     */
    MatchDecision(List<Topic> topicList, String frontDeskMessage) {
        topicList.forEach(t -> topics.put(t.id(), t));
        this.frontDeskReply = "I cannot help with that here. " + frontDeskMessage;
        this.defaultSuggestions = defaultSuggestions(topicList);
    }

    /** The first example question of the first topic in each of the first three categories. */
    private static List<String> defaultSuggestions(List<Topic> topics) {
        Map<Object, String> firstPerCategory = new LinkedHashMap<>();
        for (Topic topic : topics) {
            if (!topic.questions().isEmpty()) {
                firstPerCategory.putIfAbsent(topic.category(), topic.questions().getFirst());
            }
        }
        return firstPerCategory.values().stream().limit(3).toList();
    }

    /** An answer and, in words for staff, why. */
    record Decision(MatchResult result, String reason) {}

    Decision decide(List<TopicIndex.Candidate> candidates) {
        if (candidates.isEmpty()) {
            return new Decision(
                    notUnderstood(false, List.of(), List.of()), "declined: no word of it is one the topics use");
        }
        TopicIndex.Candidate best = candidates.getFirst();
        double margin =
                candidates.size() < 2 ? 1 : (best.score() - candidates.get(1).score()) / best.score();
        double confidence = round(best.coverage() * (0.5 + 0.5 * margin));
        List<Alternative> others = new ArrayList<>();
        for (TopicIndex.Candidate other : candidates.subList(1, candidates.size())) {
            double otherConfidence = round(other.coverage() * 0.5 * other.score() / best.score());
            if (!declined(other.id()) && others.size() < 3 && otherConfidence >= LEAST_ALTERNATIVE) {
                others.add(new Alternative(Kind.TOPIC, other.id(), otherConfidence));
            }
        }
        String figures = String.format(
                java.util.Locale.ROOT,
                "confidence %.2f: covers %.0f %% of the question's words, %.0f %% ahead of the next",
                confidence,
                100 * best.coverage(),
                100 * margin);
        if (best.id().equals(TopicIndex.FRONT_DESK)) {
            boolean frontDesk = confidence >= UNSURE;
            return new Decision(
                    notUnderstood(frontDesk, others, candidates),
                    "declined: closest to the front desk's questions ("
                            + figures
                            + (frontDesk ? "), so it points there" : "), too unsure even to point there"));
        }
        if (best.id().equals(TopicIndex.OFF_TOPIC)) {
            return new Decision(
                    notUnderstood(false, others, candidates),
                    "declined: closest to things the kiosk does not cover (" + figures + ")");
        }
        if (confidence >= SURE) {
            return new Decision(
                    new MatchResult.TopicMatch(best.id(), confidence, others),
                    "accepted: " + figures + ", at least " + SURE + " to open a topic");
        }
        if (confidence >= UNSURE) {
            Alternative first = new Alternative(Kind.TOPIC, best.id(), confidence);
            if (others.isEmpty()) {
                return new Decision(
                        new MatchResult.TopicMatch(best.id(), confidence, others),
                        "accepted: " + figures + ", and no other topic comes close");
            }
            return new Decision(
                    new MatchResult.TopicChoice(first, others.getFirst(), others.subList(1, others.size())),
                    "a choice of two: " + figures + ", below " + SURE + " to open one topic");
        }
        List<Alternative> close = new ArrayList<>();
        if (confidence >= LEAST_ALTERNATIVE) {
            close.add(new Alternative(Kind.TOPIC, best.id(), confidence));
        }
        close.addAll(others);
        return new Decision(
                notUnderstood(false, close.subList(0, Math.min(3, close.size())), candidates),
                "declined: " + figures + ", below " + UNSURE + " even for a choice of two");
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
        boolean searchUnsure = !(result instanceof MatchResult.NotUnderstood) && result.confidence() < SURE;
        if (heardAlone && searchUnsure && best.cosine() < NEAR_NOTHING) {
            return new Decision(
                    notUnderstood(false, result.alternatives(), candidates),
                    "declined: the search was unsure (" + searched.reason() + ") and nothing is near in meaning; "
                            + evidence);
        }
        if (declined(best.id())) {
            if (searchUnsure && best.cosine() >= DECLINE_COSINE && margin >= DECLINE_MARGIN) {
                boolean frontDesk = best.id().equals(TopicIndex.FRONT_DESK);
                return new Decision(
                        notUnderstood(frontDesk, result.alternatives(), candidates),
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
                                best.id(), round(best.cosine()), without(n.alternatives(), best.id())),
                        "accepted by the paraphrase vote, the search having found none (" + searched.reason() + "); "
                                + evidence);
            case MatchResult.TopicMatch t
            when !t.topicId().equals(best.id()) && best.cosine() >= OVERRULE_COSINE && margin >= OVERRULE_MARGIN ->
                new Decision(
                        new MatchResult.TopicMatch(
                                best.id(),
                                round(best.cosine()),
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

    private static boolean declined(String id) {
        return id.equals(TopicIndex.FRONT_DESK) || id.equals(TopicIndex.OFF_TOPIC);
    }

    MatchResult notUnderstood(
            boolean frontDesk, List<Alternative> alternatives, List<TopicIndex.Candidate> candidates) {
        List<String> suggestions = new ArrayList<>();
        for (TopicIndex.Candidate candidate : candidates) {
            Topic topic = topics.get(candidate.id());
            if (topic != null
                    && candidate.coverage() >= SUGGESTION_COVERAGE
                    && !topic.questions().isEmpty()
                    && suggestions.size() < 3) {
                suggestions.add(topic.questions().getFirst());
            }
        }
        for (String suggestion : defaultSuggestions) {
            if (suggestions.size() < 3 && !suggestions.contains(suggestion)) {
                suggestions.add(suggestion);
            }
        }
        String reply = frontDesk
                ? frontDeskReply
                : "Sorry, I did not understand that. You could ask one of these questions, or tap a topic on the screen.";
        return new MatchResult.NotUnderstood(reply, suggestions, frontDesk, alternatives);
    }

    private static double round(double value) {
        return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000.0;
    }
}
