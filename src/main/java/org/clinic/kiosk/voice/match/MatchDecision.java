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
 * <p>When the paraphrase vote is on, {@link WordsAndMeaning} decides from the same candidates instead; this
 * answer is then its record of what the search alone would have done.
 */
final class MatchDecision {

    static final double SURE = 0.6;
    static final double UNSURE = 0.3;
    /** Topics less likely than this are not worth offering as alternatives. */
    static final double LEAST_ALTERNATIVE = 0.05;
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

    static boolean declined(String id) {
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

    static double round(double value) {
        return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000.0;
    }
}
