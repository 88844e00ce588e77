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
 * @param alternatives what the recognizer heard, best first (one line when typed); each was matched
 *                     and the answers combined
 * @param soundAlikes  words no topic uses, each with the kiosk's word it sounds like, such as
 *                     {@code "hostess" sounds like "hospice"}
 * @param reason       why the kiosk accepted or declined, in a sentence for staff
 */
public record MatchExplanation(
        MatchResult result,
        String heard,
        List<String> rewrites,
        List<String> searchTerms,
        List<Candidate> candidates,
        List<String> alternatives,
        List<String> soundAlikes,
        String reason) {

    public MatchExplanation {
        rewrites = List.copyOf(rewrites);
        searchTerms = List.copyOf(searchTerms);
        candidates = List.copyOf(candidates);
        alternatives = List.copyOf(alternatives);
        soundAlikes = List.copyOf(soundAlikes);
    }

    /**
     * One topic the search scored.
     *
     * @param score      the BM25 score over all fields, with their weights, times the coverage squared
     * @param coverage   the share (0 to 1, weighted by rarity) of the searched terms this topic contains
     * @param matches    per field, the terms found there, such as {@code questions: chemo, stop}; the
     *                   closest example question first (the paraphrase the question is nearest to)
     */
    public record Candidate(String id, double score, double coverage, List<String> matches) {
        public Candidate {
            matches = List.copyOf(matches);
        }
    }
}
