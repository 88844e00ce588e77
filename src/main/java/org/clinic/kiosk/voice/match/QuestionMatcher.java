package org.clinic.kiosk.voice.match;

import java.util.List;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * From a patient's words (typed, or a recognizer's transcript: lower case, no punctuation) to a
 * topic, a command, or "not understood". Deterministic: the same topics and synonym file give the
 * same answer to the same words. Safe to call from several threads.
 */
public interface QuestionMatcher {

    MatchResult match(String question);

    /**
     * The answer to what a recognizer heard, given as its alternatives (n-best), best first: each is
     * matched and the answers are combined. This default uses the first alone.
     */
    default MatchResult match(List<String> alternatives) {
        return match(alternatives.isEmpty() ? "" : alternatives.getFirst());
    }

    /** The same answer as {@link #match} with the reasons for it, for staff tuning the synonym file. */
    MatchExplanation explain(String question);

    /** The same answer as {@link #match(List)} with the reasons for it. */
    default MatchExplanation explain(List<String> alternatives) {
        return explain(alternatives.isEmpty() ? "" : alternatives.getFirst());
    }

    /**
     * Every word and phrase this matcher can use (topic titles and questions, synonym and command
     * phrases), lower case, each once, plus {@link Transcript#UNKNOWN}: the recognizer's grammar.
     */
    Vocabulary vocabulary();

    /** Lines of the synonym file that were skipped, each naming its line number; empty when all is well. */
    List<String> problems();
}
