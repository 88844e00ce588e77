package org.clinic.kiosk.voice.match;

import java.util.List;

/**
 * Why the matcher answered as it did.
 *
 * @param result       the answer, as {@link QuestionMatcher#match} gives it
 * @param heard        the words after clean-up: lower case, contractions spelled out, fillers removed
 * @param rewrites     synonym-file rules that applied, such as {@code "came back" -> recurrence}
 * @param searchTerms  the terms searched for, after stop words and stemming
 * @param candidates   the best-scoring topics with the fields and terms that matched, best first
 */
public record MatchExplanation(
        MatchResult result, String heard, List<String> rewrites, List<String> searchTerms, List<Candidate> candidates) {

    public MatchExplanation {
        rewrites = List.copyOf(rewrites);
        searchTerms = List.copyOf(searchTerms);
        candidates = List.copyOf(candidates);
    }

    /**
     * One topic the search scored.
     *
     * @param score      the BM25 score over all fields, with their weights, times the coverage squared
     * @param coverage   the share (0 to 1, weighted by rarity) of the searched terms this topic contains
     * @param matches    per field, the terms found there, such as {@code questions: chemo, stop}
     */
    public record Candidate(String id, double score, double coverage, List<String> matches) {
        public Candidate {
            matches = List.copyOf(matches);
        }
    }
}
