package org.clinic.kiosk.voice.match;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A command said anywhere inside a short sentence, with whatever words around it: a candidate only,
 * which the matcher takes when the sentence as a whole opens no topic surely
 * ({@link SentenceCommand#TOPIC_OVER_COMMAND}).
 */
final class CommandInSentence {

    private final CommandPhrases phrases;

    CommandInSentence(CommandPhrases phrases) {
        this.phrases = phrases;
    }

    /** The longest utterance searched for a command said anywhere inside it. */
    static final int MAX_SENTENCE_WORDS = 16;
    /** At most this many words may be said around a command found inside a sentence (polite ones beside it are its own). */
    static final int MAX_AROUND_WORDS = 10;

    /**
     * At most this many words, not counting polite ones, may be said around "the first one" or "the second"
     * found inside a sentence: with more, "the first one" points at something the sentence tells of ("take
     * me to the main screen love, the first one it showed"), not at one of two choices on the screen.
     */
    static final int MAX_AROUND_POINTING = 3;

    /** Inside a sentence, a phrase with "about" after it is talk ("I go on about it too much", "keep talking about it"). */
    private static final String ABOUT = "about";

    /** Inside a sentence, "home" ending a phrase is the patient's own ("a leaflet I can take home"). */
    private static final String HOME = "home";

    /**
     * Words around the command that name topics (words of their titles) make it a question about them
     * from this many on: a recognizer hearing "how do people plan their lives when treatment keeps going
     * on" as "handed people plan their lives on treatment just keeps going on" is not resume.
     */
    static final int TITLE_WORDS = 2;

    /** Words a question starts with, which no command said inside a sentence starts with. */
    static final Set<String> QUESTION_START =
            Set.of("is", "are", "was", "were", "does", "do", "did", "should", "shall", "has", "have", "am");

    /**
     * Words that ask for something ("will you", "can you go back") but, followed by {@link #SOMEONE_ELSE},
     * ask a question about someone or something else ("will my hair grow back").
     */
    static final Set<String> MODAL = Set.of("will", "would", "can", "could");

    /** Who or whose, after {@link #MODAL}, makes a question rather than a request. */
    static final Set<String> SOMEONE_ELSE = Set.of("my", "his", "her", "their", "our", "he", "she", "they");

    /** Words that, just before a command, make it not that command ("mum does not speak up"; "don't stop"). */
    static final Set<String> NOT = Set.of("not", "dont", "doesnt", "didnt", "never", "cant", "cannot", "wont", "no");

    /** A no said first is an answer, turning down what is on screen, not a word that negates the command ("no, go back"). */
    static final Set<String> ANSWER_NO = Set.of("no", "nope", "nah");

    /**
     * Words that, just before "back", make it the cancer's ("the chemo came back up, what does it mean";
     * "so it's back, is it the same cancer"), not the page's.
     */
    static final Set<String> CAME = Set.of("came", "come", "comes", "coming", "is", "its", "been");

    /** Words of a question, which no words around a command said inside a sentence hold. */
    static final Set<String> QUESTION_WORDS = Set.of("how", "why", "when", "where", "who", "which", "what", "whats");

    /**
     * A command said anywhere inside a short sentence, whatever the words around it ("um could you be a
     * bit quieter, everyone's looking"; "sorry, can you pause it, my phone's ringing"): the longest run of
     * words that is a command's phrases holding a phrase of two words or more or one word that is not
     * {@link CommandWithReason#WEAK}, with at most {@link #MAX_AROUND_WORDS} words around it, not ending in "home", not followed by "about", nor ending in a question word that more words follow ("back up
     * what does it mean"), and no back just after {@link #CAME}; not "the first one" or "the second"
     * with more than {@link #MAX_AROUND_POINTING} words around, nor a phrase told as doing
     * ({@link CommandPhrases#toldAsDoing}: "they said carrying on is worth it"). Never how to use the kiosk nor
     * a call for help (those only alone, or as {@link CommandWithReason} has them); never in a question (it starts
     * with {@link #QUESTION_START} or {@link #MODAL} and {@link #SOMEONE_ELSE}, or has {@link #QUESTION_WORDS} around the command: "does the bus go back
     * to the station"); never with {@link #TITLE_WORDS} words of topics' titles around it
     * ({@code titleWord}); never when the words around hold another command ("yeah ok, go on then"). Only a
     * candidate: it is the answer only when the words as a whole open no topic surely.
     */
    Optional<Command> within(List<String> words, Predicate<String> titleWord) {
        if (words.size() > MAX_SENTENCE_WORDS
                || words.isEmpty()
                || QUESTION_START.contains(words.getFirst())
                || (words.size() > 1 && MODAL.contains(words.get(0)) && SOMEONE_ELSE.contains(words.get(1)))) {
            return Optional.empty();
        }
        List<String> stems = CommandPhrases.stems(words);
        if (!phrases.holdsPhrase(words, stems, CommandWithReason.WEAK_STEMS)) {
            return Optional.empty(); // most questions: no run of them can be a command
        }
        // a run begins and ends with a phrase's word: the polite words beside it change nothing
        boolean[] edge = new boolean[words.size()];
        // "no, not that one, the one before it": a no said first gives way to a command after it, and is the
        // answer only when none follows
        boolean saidNoFirst = false;
        Optional<Command> turnedDown = Optional.empty();
        for (int i = 0; i < words.size(); i++) {
            edge[i] = phrases.phraseStem(stems.get(i));
        }
        for (int length = words.size() - 1; length >= 1; length--) {
            for (int from = 0; from + length <= words.size(); from++) {
                int to = from + length;
                if (!edge[from] || !edge[to - 1]) {
                    continue;
                }
                List<String> part = words.subList(from, to);
                List<String> partStems = stems.subList(from, to);
                int around = words.size() - withPoliteBeside(words, from, to);
                if (around > MAX_AROUND_WORDS) {
                    continue;
                }
                boolean afterCame = from > 0 && CAME.contains(words.get(from - 1));
                Optional<Command> command = phrases.find(part, partStems)
                        .filter(c -> c != Command.HELP
                                && c != Command.NEED_HELP
                                && phrases.holdsPhrase(part, partStems, CommandWithReason.WEAK_STEMS)
                                && !part.getLast().equals(HOME)
                                && (to == words.size()
                                        || !(CommandWords.UNFINISHED.contains(part.getLast())
                                                || QUESTION_WORDS.contains(part.getLast())))
                                && !(c == Command.BACK && afterCame)
                                && !(to < words.size() && words.get(to).equals(ABOUT)));
                if (command.isEmpty()
                        || (from == 0 && saidNoFirst)
                        || phrases.toldAsDoing(part)
                        || (CommandWithReason.POINTING.contains(command.get()) && around > MAX_AROUND_POINTING)) {
                    continue;
                }
                boolean plain = plainAround(words, stems, from, to, command.get(), titleWord);
                if (from == 0 && command.get() == Command.NO) {
                    saidNoFirst = true;
                    turnedDown = plain ? command : Optional.empty();
                    continue;
                }
                return plain ? command : Optional.empty();
            }
        }
        return turnedDown;
    }

    /** How many words the run from {@code from} to {@code to} holds with the polite words just beside it. */
    private static int withPoliteBeside(List<String> words, int from, int to) {
        while (from > 0 && CommandWords.POLITE.contains(words.get(from - 1))) {
            from--;
        }
        while (to < words.size() && CommandWords.POLITE.contains(words.get(to))) {
            to++;
        }
        return to - from;
    }

    /** Whether the words before and after a command found inside a sentence leave it that command. */
    private boolean plainAround(
            List<String> words, List<String> stems, int from, int to, Command command, Predicate<String> titleWord) {
        List<String> before = words.subList(0, from);
        List<String> after = words.subList(to, words.size());
        List<String> saidBefore =
                before.stream().filter(w -> !CommandWords.POLITE.contains(w)).toList();
        return (saidBefore.isEmpty()
                        || !NOT.contains(saidBefore.getLast())
                        || saidBefore.stream().allMatch(ANSWER_NO::contains))
                && before.stream().noneMatch(QUESTION_WORDS::contains)
                && after.stream().noneMatch(QUESTION_WORDS::contains)
                && !CommandWords.anotherRequest(after)
                && Stream.concat(before.stream(), after.stream())
                                .filter(titleWord)
                                .count()
                        < TITLE_WORDS
                && noOtherCommand(before, stems.subList(0, from), command, true)
                && noOtherCommand(after, stems.subList(to, words.size()), command, false);
    }

    /**
     * Whether no run of these words is a phrase of a command other than this one: a phrase of two words
     * or more or a word that is not {@link CommandWithReason#WEAK}, or yes or no ("the page before, the previous one" is
     * still back; "yeah ok, go on then" is not resume). A no said first, before the command, turns
     * down what was on screen in favour of it ("no, not that one, the one before it" is back), so it leaves the command be.
     */
    private boolean noOtherCommand(List<String> words, List<String> stems, Command command, boolean noAllowed) {
        for (int from = 0; from < words.size(); from++) {
            for (int to = from + 1; to <= words.size(); to++) {
                List<String> run = words.subList(from, to);
                List<String> runStems = stems.subList(from, to);
                Optional<Command> other = phrases.find(run, runStems);
                if (other.isPresent()
                        && other.get() != command
                        && !(noAllowed
                                && other.get() == Command.NO
                                && words.subList(0, from).stream().allMatch(ANSWER_NO::contains))
                        && (phrases.holdsPhrase(run, runStems, CommandWithReason.WEAK_STEMS)
                                || other.get() == Command.YES
                                || other.get() == Command.NO)) {
                    return false;
                }
            }
        }
        return true;
    }
}
