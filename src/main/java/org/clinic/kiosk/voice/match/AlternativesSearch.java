package org.clinic.kiosk.voice.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinic.kiosk.voice.match.QuestionAnalyser.Analysis;

/**
 * The search over all that the recognizer heard (its n-best): each alternative is analysed on its
 * own ({@link QuestionAnalyser}) and the answers combined. The best transcript decides a command; a
 * command heard only in later alternatives counts when more than half of them agree on it. Topics add
 * up over the alternatives, each weighing less than the one before, so words heard the same way in
 * most alternatives count most.
 */
final class AlternativesSearch {

    /** At most this many of the recognizer's alternatives are matched. */
    static final int MAX_ALTERNATIVES = 5;

    private final QuestionAnalyser analyser;
    private final MatchDecision decision;

    /** What all the alternatives heard came to together, and the paraphrase vote on the first. */
    record Combined(
            List<Analysis> analyses,
            List<TopicIndex.Candidate> candidates,
            MatchDecision.Decision decision,
            ParaphraseVote.Votes votes) {

        Combined(List<Analysis> analyses, List<TopicIndex.Candidate> candidates, MatchDecision.Decision decision) {
            this(analyses, candidates, decision, ParaphraseVote.Votes.NONE);
        }
    }

    AlternativesSearch(QuestionAnalyser analyser, MatchDecision decision) {
        this.analyser = analyser;
        this.decision = decision;
    }

    /** Matches each alternative and combines the answers (see the class comment). */
    Combined search(List<String> heard) {
        return search(heard, first -> {});
    }

    /**
     * The same, handing the best transcript's analysis to {@code onFirst} as soon as it is made, before the
     * other alternatives are analysed (so that slower work on it can start beside them).
     */
    Combined search(List<String> heard, java.util.function.Consumer<Analysis> onFirst) {
        List<String> distinct = heard.stream()
                .filter(text -> text != null && !text.isBlank())
                .distinct()
                .limit(MAX_ALTERNATIVES)
                .toList();
        List<String> texts = distinct.isEmpty() ? List.of("") : distinct;
        Analysis first = analyser.analyse(texts.getFirst());
        onFirst.accept(first);
        List<Analysis> analyses = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(first),
                        texts.stream().skip(1).map(analyser::analyse))
                .toList();
        if (analyses.size() == 1 || first.decision().result() instanceof MatchResult.CommandMatch) {
            return new Combined(analyses, first.candidates(), first.decision());
        }
        Map<Command, Integer> commandVotes = new LinkedHashMap<>();
        for (Analysis analysis : analyses) {
            if (analysis.decision().result() instanceof MatchResult.CommandMatch command) {
                commandVotes.merge(command.command(), 1, Integer::sum);
            }
        }
        for (Map.Entry<Command, Integer> vote : commandVotes.entrySet()) {
            if (vote.getValue() * 2 > analyses.size()) {
                return new Combined(
                        analyses,
                        List.of(),
                        new MatchDecision.Decision(
                                new MatchResult.CommandMatch(vote.getKey(), 1.0),
                                "command: " + vote.getValue() + " of the " + analyses.size()
                                        + " alternatives heard are the whole phrase of \""
                                        + vote.getKey().id()
                                        + "\""));
            }
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, TopicIndex.Candidate> firstSeen = new LinkedHashMap<>();
        double total = 0;
        for (int i = 0; i < analyses.size(); i++) {
            double weight = 1.0 / (i + 1);
            total += weight;
            for (TopicIndex.Candidate candidate : analyses.get(i).candidates()) {
                double[] sum = sums.computeIfAbsent(candidate.id(), id -> new double[2]);
                sum[0] += weight * candidate.score();
                sum[1] += weight * candidate.coverage();
                firstSeen.putIfAbsent(candidate.id(), candidate);
            }
        }
        List<TopicIndex.Candidate> merged = new ArrayList<>();
        for (Map.Entry<String, double[]> sum : sums.entrySet()) {
            TopicIndex.Candidate seen = firstSeen.get(sum.getKey());
            merged.add(new TopicIndex.Candidate(
                    seen.doc(),
                    seen.id(),
                    sum.getValue()[0] / total,
                    sum.getValue()[1] / total,
                    seen.closestQuestion()));
        }
        merged.sort(Comparator.comparingDouble(TopicIndex.Candidate::score).reversed());
        List<TopicIndex.Candidate> best = List.copyOf(merged.subList(0, Math.min(8, merged.size())));
        MatchDecision.Decision verdict = decision.decide(best);
        if (first.heardAsNoise()) {
            // the best transcript looks like noise: what the others add up to does not change that
            verdict = first.decision();
        }
        return new Combined(
                analyses,
                best,
                new MatchDecision.Decision(
                        verdict.result(), verdict.reason() + " (over " + analyses.size() + " alternatives heard)"));
    }
}
