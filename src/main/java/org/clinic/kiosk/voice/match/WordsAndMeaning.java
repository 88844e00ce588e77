package org.clinic.kiosk.voice.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinic.kiosk.voice.match.MatchDecision.Decision;
import org.clinic.kiosk.voice.match.MatchResult.Alternative;
import org.clinic.kiosk.voice.match.MatchResult.Kind;

/**
 * The answer from the word search ({@link TopicIndex}) and the paraphrase vote ({@link ParaphraseVote})
 * weighed together, when the vote is on: each topic gets a score from five figures (its search score
 * against the best one, the share of the question's words it covers, the two multiplied, its nearest
 * sentence's cosine and the mean of its three nearest), "not for this kiosk" gets one from how near
 * the question is to the front desk's and off-topic questions and how far from every topic, and a
 * softmax turns the scores into likelihoods. The likeliest opens; when it is under {@link #SURE} and
 * the next topic at least {@link #SECOND}, the kiosk offers a choice of two; when "not for this
 * kiosk" is likeliest, it declines.
 *
 * <p>The weights are a logistic regression fitted by {@code src/test/resources/voice/train-fusion.py}
 * on the tuning set and the three spent test sets (typed, imitated slips and PocketSphinx copies), never
 * on the development set, which measures it, nor on the sealed set. It never names a command: commands
 * are found only by their phrases, before this.
 */
final class WordsAndMeaning {

    /** Weights of a topic's figures: score against the best, coverage, nearest cosine, mean of three, score × coverage. */
    static final double SCORE = 2.5961;

    static final double COVERAGE = 0.4320;
    static final double NEAREST = 8.3235;
    static final double NEAR_THREE = 7.6774;
    static final double SCORE_BY_COVERAGE = 0.3045;
    /**
     * "Not for this kiosk": a constant (fitted, plus 0.5 set on the training sets so that they decline
     * at least 94 % of their out-of-domain questions), the nearest declined question's cosine, the best
     * declined id's search score against the best, and, both counting for it, the nearest topic sentence's
     * cosine and the best topic's search score against the best.
     */
    static final double DECLINE = 5.1921;

    static final double DECLINE_NEAR = 6.2140;
    static final double DECLINE_SCORE = 1.3321;
    static final double DECLINE_TOPIC_NEAR = 0.9376;
    static final double DECLINE_TOPIC_SCORE = 0.6722;

    /**
     * When the search alone declined and no topic covers even {@link #LITTLE_COVERED} of the words, a
     * topic opens by its meaning only when a sentence of it is at least this near: a recognizer's
     * garbled transcript of two people talking nearby came near one topic sentence by a word ("my liver
     * is there i am in my again suit you later", cosine 0.55, covered 37 %). Set with the bad-input
     * recordings; on the development set it costs 0 points typed and 0.7 heard by PocketSphinx.
     */
    static final double ALONE_COSINE = 0.6;

    static final double LITTLE_COVERED = 0.4;

    /** The likeliest topic opens alone at this likelihood or more... */
    static final double SURE = 0.6;
    /** ...or when the next is below this; otherwise the two are offered. */
    static final double SECOND = 0.15;

    private final MatchDecision decision;

    WordsAndMeaning(MatchDecision decision) {
        this.decision = decision;
    }

    /** One topic's likelihood. */
    private record Likely(String id, double likelihood) {}

    /**
     * The answer by both, from the search's candidates (its answer and reason kept for the record) and
     * the vote on the best transcript. A command, or a question with no votes, keeps the search's answer.
     */
    Decision decide(Decision searched, List<TopicIndex.Candidate> candidates, ParaphraseVote.Votes votes) {
        if (votes.ranked().isEmpty() || searched.result() instanceof MatchResult.CommandMatch) {
            return searched;
        }
        Map<String, TopicIndex.Candidate> searchedById = new HashMap<>();
        candidates.forEach(c -> searchedById.putIfAbsent(c.id(), c));
        double best = candidates.stream()
                .mapToDouble(TopicIndex.Candidate::score)
                .max()
                .orElse(1);
        double scale = best > 0 ? best : 1;
        Map<String, Double> topicScores = new LinkedHashMap<>();
        double declinedNear = 0;
        double declinedScore = 0;
        double topicNear = 0;
        double topicScore = 0;
        for (ParaphraseVote.Vote vote : votes.ranked()) {
            TopicIndex.Candidate searchedFor = searchedById.get(vote.id());
            double score = searchedFor == null ? 0 : searchedFor.score() / scale;
            double coverage = searchedFor == null ? 0 : searchedFor.coverage();
            if (MatchDecision.declined(vote.id())) {
                declinedNear = Math.max(declinedNear, vote.cosine());
                declinedScore = Math.max(declinedScore, score);
            } else {
                topicNear = Math.max(topicNear, vote.cosine());
                topicScore = Math.max(topicScore, score);
                topicScores.put(
                        vote.id(),
                        SCORE * score
                                + COVERAGE * coverage
                                + NEAREST * vote.cosine()
                                + NEAR_THREE * vote.nearThree()
                                + SCORE_BY_COVERAGE * score * coverage);
            }
        }
        double notHere = DECLINE
                + DECLINE_NEAR * declinedNear
                + DECLINE_SCORE * declinedScore
                + DECLINE_TOPIC_NEAR * topicNear
                + DECLINE_TOPIC_SCORE * topicScore;
        // softmax over the topics and "not for this kiosk", shifted by the highest score to stay finite
        double top = Math.max(
                notHere,
                topicScores.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(notHere));
        double sum = Math.exp(notHere - top)
                + topicScores.values().stream()
                        .mapToDouble(v -> Math.exp(v - top))
                        .sum();
        List<Likely> likely = new ArrayList<>();
        topicScores.forEach((id, value) -> likely.add(new Likely(id, Math.exp(value - top) / sum)));
        likely.sort(Comparator.comparingDouble(Likely::likelihood).reversed());
        double declined = Math.exp(notHere - top) / sum;
        return answer(searched, candidates, votes, likely, declined);
    }

    private Decision answer(
            Decision searched,
            List<TopicIndex.Candidate> candidates,
            ParaphraseVote.Votes votes,
            List<Likely> likely,
            double declined) {
        ParaphraseVote.Vote nearest = votes.ranked().getFirst();
        String figures = String.format(
                Locale.ROOT,
                "by words and meaning together: %s %.2f, %s %.2f, not for this kiosk %.2f (the search alone: %s;"
                        + " closest in meaning: \"%s\" (%s), cosine %.2f)",
                likely.get(0).id(),
                likely.get(0).likelihood(),
                likely.size() > 1 ? likely.get(1).id() : "-",
                likely.size() > 1 ? likely.get(1).likelihood() : 0,
                declined,
                searched.reason(),
                nearest.closest(),
                nearest.id(),
                nearest.cosine());
        List<Alternative> alternatives = likely.stream()
                .filter(l -> MatchDecision.round(l.likelihood()) >= MatchDecision.LEAST_ALTERNATIVE)
                .limit(4)
                .map(l -> new Alternative(Kind.TOPIC, l.id(), MatchDecision.round(l.likelihood())))
                .toList();
        Likely first = likely.getFirst();
        double firstNearest = votes.ranked().stream()
                .filter(v -> v.id().equals(first.id()))
                .mapToDouble(ParaphraseVote.Vote::cosine)
                .findFirst()
                .orElse(0);
        boolean meaningAlone = searched.result() instanceof MatchResult.NotUnderstood
                && candidates.stream()
                                .mapToDouble(TopicIndex.Candidate::coverage)
                                .max()
                                .orElse(0)
                        < LITTLE_COVERED;
        if (declined >= first.likelihood() || (meaningAlone && firstNearest < ALONE_COSINE)) {
            // the front desk's reply when the search pointed there, or the question is nearer in meaning to
            // the front desk's questions than to off-topic ones
            boolean frontDesk = searched.result() instanceof MatchResult.NotUnderstood n && n.forFrontDesk()
                    || votes.ranked().stream()
                            .filter(v -> MatchDecision.declined(v.id()))
                            .findFirst()
                            .map(v -> v.id().equals(TopicIndex.FRONT_DESK))
                            .orElse(false);
            return new Decision(
                    decision.notUnderstood(
                            frontDesk, alternatives.subList(0, Math.min(3, alternatives.size())), candidates),
                    declined >= first.likelihood()
                            ? "declined " + figures
                            : "declined, the words covering little and no sentence of " + first.id()
                                    + " being near enough, " + figures);
        }
        List<Alternative> others = alternatives.stream().skip(1).limit(3).toList();
        Likely second = likely.size() > 1 ? likely.get(1) : null;
        if (first.likelihood() >= SURE || second == null || second.likelihood() < SECOND) {
            return new Decision(
                    new MatchResult.TopicMatch(first.id(), MatchDecision.round(first.likelihood()), others),
                    "accepted " + figures);
        }
        return new Decision(
                new MatchResult.TopicChoice(
                        new Alternative(Kind.TOPIC, first.id(), MatchDecision.round(first.likelihood())),
                        others.getFirst(),
                        others.subList(1, others.size())),
                "a choice of two " + figures);
    }
}
