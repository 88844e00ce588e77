package org.clinic.kiosk.voice.match;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The phrases for each {@link Command}, from {@code voice/commands.txt} ({@link CommandPhraseFile}). An utterance is a command
 * only when, without its polite and small words and whatever the word endings, it is one of the
 * phrases, or a few phrases of the same command one after another ("that's enough, stop now"),
 * with at most a word of impatience between them ("go back, damn it"): commands are short, and a
 * longer sentence that merely contains "stop" or "back" is a question.
 */
final class CommandPhrases {

    /**
     * A polite word that a phrase may still need: "help me" (need-help) is not "help" (how to use
     * the kiosk). Utterances are compared with it first, then without it ("read it to me" is "read").
     */
    private static final String ME = "me";
    /** The ending of a word said as doing rather than asking ({@link #toldAsDoing}). */
    private static final String DOING = "ing";

    /** Utterances longer than this (in words that are not polite) are questions, never commands. */
    private static final int MAX_COMMAND_WORDS = 8;
    /** At most this many phrases make one command ("the other one, the second"). */
    private static final int MAX_PHRASES = 3;

    /**
     * Words kept as said: the stemmer makes "one" "on", so "I'm not on any treatment, is that bad" held "not
     * one" (no) and "go on" and "go one" met.
     */
    private static final Set<String> AS_SAID = Set.of("one");

    private static final KioskAnalyzer STEMMER = KioskAnalyzer.forPhrases();
    private static final Set<String> AROUND_STEMS = CommandWords.AROUND.stream()
            .map(CommandPhrases::stem)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** At most this many words around the phrases ("too fast, slower, for god's sake"). */
    private static final int MAX_AROUND = 2;

    private final Map<String, Command> byPhrase;
    /** The stems of the phrases' words. */
    private final Set<String> phraseStems;
    /** Every phrase as written in the file, in its words (for the recognizer's grammar). */
    private final List<String> phrases;
    /** The most stems in one phrase. */
    private final int longestPhrase;
    /** The words of the phrases as written (in their spoken words, {@link SpokenText#words}). */
    private final Set<String> phraseWords;

    CommandPhrases(Map<String, Command> byPhrase, List<String> phrases) {
        this.byPhrase = Map.copyOf(byPhrase);
        this.phrases = List.copyOf(phrases);
        this.phraseStems = byPhrase.keySet().stream()
                .flatMap(key -> java.util.Arrays.stream(key.split(" ")))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.longestPhrase = byPhrase.keySet().stream()
                .mapToInt(key -> key.split(" ").length)
                .max()
                .orElse(0);
        this.phraseWords = this.phrases.stream()
                .flatMap(phrase -> java.util.Arrays.stream(phrase.split(" ")))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Whether the first of these words that is not only said around a command ends in "ing" and is a
     * phrase's word only by another ending of it: "they said carrying on is worth the side effects" and
     * "speaking up" tell of doing it, they do not ask for it; "keep going" and "stop reading" have their
     * "going" and "reading" as written.
     */
    boolean toldAsDoing(List<String> words) {
        for (String word : words) {
            String stem = stem(word);
            if (!AROUND_STEMS.contains(stem) && !CommandWords.POLITE.contains(word)) {
                return word.endsWith(DOING) && !phraseWords.contains(word) && phraseStems.contains(stem);
            }
        }
        return false;
    }

    /**
     * Whether a word, by its stem ({@link #stem}), can begin or end a run of words that is a command's
     * phrases: a word of a phrase (whatever its ending) or a word said around one.
     */
    boolean phraseStem(String stem) {
        return AROUND_STEMS.contains(stem) || phraseStems.contains(stem);
    }

    /** The phrases of every command, each in its plain words, as a patient would say them. */
    List<String> phrases() {
        return phrases;
    }

    /**
     * Whether these words hold a phrase of two words or more, or of one word whose stem is not among
     * {@code weakStems}.
     */
    boolean holdsPhrase(List<String> words, Set<String> weakStems) {
        return holdsPhrase(words, stems(words), weakStems);
    }

    /** The same, with the words' stems worked out before ({@link #stems}). */
    boolean holdsPhrase(List<String> words, List<String> wordStems, Set<String> weakStems) {
        // asked of every unsure utterance: stops at the first phrase instead of building every run's ({@link
        // #phrasesIn})
        String[] stems = key(words, wordStems, true).split(" ");
        for (int from = 0; from < stems.length; from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from + 1; to <= Math.min(stems.length, from + longestPhrase); to++) {
                run.append(to == from + 1 ? "" : " ").append(stems[to - 1]);
                if (byPhrase.containsKey(run.toString()) && (to - from > 1 || !weakStems.contains(stems[from]))) {
                    return true;
                }
            }
        }
        return false;
    }

    Optional<Command> find(List<String> words) {
        return find(words, stems(words));
    }

    /**
     * Whether some run of these words, without the polite ones, is one of this command's phrases, however
     * weak ("make it big" holds "make big" of nothing, "it's tiny" holds "tiny" of bigger-text).
     */
    boolean mentions(List<String> words, Command command) {
        List<String> wordStems = stems(words);
        for (boolean keepMe : new boolean[] {true, false}) {
            for (Command[] from : phrasesIn(key(words, wordStems, keepMe).split(" "))) {
                if (java.util.Arrays.asList(from).contains(command)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The same, with the words' stems worked out before ({@link #stems}): for trying many runs of one utterance. */
    Optional<Command> find(List<String> words, List<String> stems) {
        Optional<Command> withMe = find(key(words, stems, true));
        return withMe.isPresent() ? withMe : find(key(words, stems, false));
    }

    /** Each word's stem ({@link #stem}). */
    static List<String> stems(List<String> words) {
        return words.stream().map(CommandPhrases::stem).toList();
    }

    private Optional<Command> find(String key) {
        Command exact = byPhrase.get(key);
        if (exact != null || key.isEmpty()) {
            return Optional.ofNullable(exact);
        }
        String[] stems = key.split(" ");
        if (stems.length > MAX_COMMAND_WORDS) {
            return Optional.empty();
        }
        Command[][] phraseAt = phrasesIn(stems);
        java.util.EnumSet<Command> named = java.util.EnumSet.noneOf(Command.class);
        for (Command[] from : phraseAt) {
            for (Command command : from) {
                if (command != null) {
                    named.add(command);
                }
            }
        }
        Command found = null;
        for (Command command : named) {
            if (covers(stems, phraseAt, 0, command, 0, 0)) {
                if (found != null) {
                    return Optional.empty(); // two commands could be meant: neither
                }
                found = command;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Which command's phrase each run of the stems is, by where it starts and ends (null for none). */
    private Command[][] phrasesIn(String[] stems) {
        Command[][] phraseAt = new Command[stems.length][stems.length + 1];
        for (int from = 0; from < stems.length; from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from + 1; to <= Math.min(stems.length, from + longestPhrase); to++) {
                run.append(to == from + 1 ? "" : " ").append(stems[to - 1]);
                phraseAt[from][to] = byPhrase.get(run.toString());
            }
        }
        return phraseAt;
    }

    /** Whether the stems from {@code at} on are phrases of {@code command}, with a word or two around them. */
    private static boolean covers(
            String[] stems, Command[][] phraseAt, int at, Command command, int phrases, int around) {
        if (at == stems.length) {
            return phrases > 0;
        }
        if (around < MAX_AROUND
                && AROUND_STEMS.contains(stems[at])
                && covers(stems, phraseAt, at + 1, command, phrases, around + 1)) {
            return true;
        }
        if (phrases == MAX_PHRASES) {
            return false;
        }
        for (int end = stems.length; end > at; end--) {
            if (phraseAt[at][end] == command && covers(stems, phraseAt, end, command, phrases + 1, around)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The utterance without polite words ({@code keepMe}: but for "me"), each word stemmed: "talking
     * too fast" and "talk too fast" meet.
     */
    static String key(List<String> words, boolean keepMe) {
        return key(words, stems(words), keepMe);
    }

    private static String key(List<String> words, List<String> stems, boolean keepMe) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!CommandWords.POLITE.contains(word) || (keepMe && word.equals(ME))) {
                key.append(key.isEmpty() ? "" : " ").append(stems.get(i));
            }
        }
        return key.toString();
    }

    /** Teaches the stemmer a phrase's word, so that its other endings meet it. */
    static void learn(String word) {
        STEMMER.learn(word);
    }

    static String stem(String word) {
        if (AS_SAID.contains(word)) {
            return word;
        }
        String stem = STEMMER.term(word);
        return stem == null ? word : stem;
    }
}
