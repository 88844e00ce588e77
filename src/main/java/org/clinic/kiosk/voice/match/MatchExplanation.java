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
 * @param paraphrases  the paraphrase vote on the first three transcripts: the topics (or declined questions)
 *                     nearest in meaning, each with its closest sentence and cosine, best first; empty
 *                     when the vote is off or had no say (a command, noise)
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
        List<Paraphrase> paraphrases,
        String reason) {

    public MatchExplanation {
        rewrites = List.copyOf(rewrites);
        searchTerms = List.copyOf(searchTerms);
        candidates = List.copyOf(candidates);
        alternatives = List.copyOf(alternatives);
        soundAlikes = List.copyOf(soundAlikes);
        paraphrases = List.copyOf(paraphrases);
    }

    /**
     * One topic's (or {@code front-desk}'s, {@code off-topic}'s) sentence nearest in meaning.
     *
     * @param closest its example question, title, summary or written paraphrase nearest to the question
     * @param cosine  how near, -1 to 1 (1: the same meaning)
     */
    public record Paraphrase(String id, String closest, double cosine) {}

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
