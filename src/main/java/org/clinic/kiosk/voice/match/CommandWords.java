package org.clinic.kiosk.voice.match;

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
}
