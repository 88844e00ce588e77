package org.clinic.kiosk.voice.match;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The phrases for each {@link Command}, from {@code voice/commands.txt}. An utterance is a command
 * only when, without its polite and small words and whatever the word endings, it is one of the
 * phrases, or a few phrases of the same command one after another ("that's enough, stop now"),
 * with at most a word of impatience between them ("go back, damn it"): commands are short, and a
 * longer sentence that merely contains "stop" or "back" is a question.
 */
final class CommandPhrases {

    static final String RESOURCE = "voice/commands.txt";

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

    /**
     * A polite word that a phrase may still need: "help me" (need-help) is not "help" (how to use
     * the kiosk). Utterances are compared with it first, then without it ("read it to me" is "read").
     */
    private static final String ME = "me";

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

    /** Utterances longer than this (in words that are not polite) are questions, never commands. */
    private static final int MAX_COMMAND_WORDS = 8;
    /** At most this many phrases make one command ("the other one, the second"). */
    private static final int MAX_PHRASES = 3;

    private static final KioskAnalyzer STEMMER = KioskAnalyzer.forPhrases();
    private static final Set<String> AROUND_STEMS =
            AROUND.stream().map(CommandPhrases::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** At most this many words around the phrases ("too fast, slower, for god's sake"). */
    private static final int MAX_AROUND = 2;

    private final Map<String, Command> byPhrase;
    /** The stems of the phrases' words. */
    private final Set<String> phraseStems;
    /** Every phrase as written in the file, in its words (for the recognizer's grammar). */
    private final List<String> phrases;
    /** The most stems in one phrase. */
    private final int longestPhrase;

    private CommandPhrases(Map<String, Command> byPhrase, List<String> phrases) {
        this.byPhrase = Map.copyOf(byPhrase);
        this.phrases = List.copyOf(phrases);
        this.phraseStems = byPhrase.keySet().stream()
                .flatMap(key -> java.util.Arrays.stream(key.split(" ")))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.longestPhrase = byPhrase.keySet().stream()
                .mapToInt(key -> key.split(" ").length)
                .max()
                .orElse(0);
    }

    static CommandPhrases builtIn() {
        try (InputStream in = CommandPhrases.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read built-in resource " + RESOURCE, e);
        }
    }

    static CommandPhrases parse(String text) {
        Map<String, Command> byPhrase = new HashMap<>();
        List<String> phrases = new java.util.ArrayList<>();
        List<String> lines = text.lines().toList();
        // one-word phrases, and phrases that dropping the polite words shrinks to one word (by that word)
        java.util.Set<String> alone = new java.util.HashSet<>();
        Map<String, String> shrunk = new java.util.LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String where = RESOURCE + " line " + (i + 1) + ": ";
            Command command = colon < 0
                    ? null
                    : Command.byId(line.substring(0, colon).strip()).orElse(null);
            if (command == null) {
                throw new IllegalStateException(where + "expected 'command: phrase, phrase', with a known command");
            }
            for (String phrase : line.substring(colon + 1).split(",")) {
                SpokenText.words(phrase).forEach(STEMMER::learn);
                phrases.add(String.join(" ", SpokenText.words(phrase)));
                String key = key(SpokenText.words(phrase), true);
                if (key.isEmpty()) {
                    throw new IllegalStateException(where + "'" + phrase.strip() + "' is only polite words");
                }
                if (SpokenText.words(phrase).size() == 1) {
                    alone.add(key);
                } else if (!key.contains(" ")) {
                    shrunk.putIfAbsent(key, where + "'" + phrase.strip() + "' is only '" + key + "'");
                }
                Command earlier = byPhrase.putIfAbsent(key, command);
                if (earlier != null && earlier != command) {
                    throw new IllegalStateException(
                            where + "'" + phrase.strip() + "' is also a phrase for " + earlier.id());
                }
            }
        }
        // "please do" shrunk to "do" would make a bare "do" a command though nobody wrote it alone
        shrunk.keySet().removeAll(alone);
        if (!shrunk.isEmpty()) {
            Map.Entry<String, String> first = shrunk.entrySet().iterator().next();
            throw new IllegalStateException(first.getValue() + " without its polite words; write '" + first.getKey()
                    + "' alone as a phrase too if it is meant, or say more");
        }
        return new CommandPhrases(byPhrase, phrases);
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
            String[] stems = key(words, wordStems, keepMe).split(" ");
            for (int from = 0; from < stems.length; from++) {
                StringBuilder run = new StringBuilder();
                for (int to = from + 1; to <= Math.min(stems.length, from + longestPhrase); to++) {
                    run.append(to == from + 1 ? "" : " ").append(stems[to - 1]);
                    if (byPhrase.get(run.toString()) == command) {
                        return true;
                    }
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
    private static String key(List<String> words, boolean keepMe) {
        return key(words, stems(words), keepMe);
    }

    private static String key(List<String> words, List<String> stems, boolean keepMe) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!POLITE.contains(word) || (keepMe && word.equals(ME))) {
                key.append(key.isEmpty() ? "" : " ").append(stems.get(i));
            }
        }
        return key.toString();
    }

    static String stem(String word) {
        String stem = STEMMER.term(word);
        return stem == null ? word : stem;
    }
}
