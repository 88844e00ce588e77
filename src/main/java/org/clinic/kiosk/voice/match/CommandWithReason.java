package org.clinic.kiosk.voice.match;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Commands said inside a short sentence rather than alone: a command first with a short reason after
 * it, and a call for a person with what is wrong before or after it. {@link CommandPhrases} finds commands said
 * alone; this is asked only when it finds none.
 */
final class CommandWithReason {

    private final CommandPhrases phrases;

    CommandWithReason(CommandPhrases phrases) {
        this.phrases = phrases;
    }

    /** At most this many words may say what is wrong beside a call for a person. */
    static final int MAX_URGENT_WORDS = 10;

    /** Words of what is wrong beside a call for a person that may also be the topics' words. */
    static final Set<String> URGENT = Set.of(
            "faint",
            "fainting",
            "breathe",
            "breathing",
            "breath",
            "unwell",
            "well",
            "right",
            "peculiar",
            "dizzy",
            "nurse",
            "doctor",
            "now",
            "someone",
            "somebody",
            "person",
            "ill",
            "bad",
            "badly",
            "feeling",
            "feel",
            "not",
            "collapse",
            "collapsed",
            "bleeding",
            "chest",
            "mum",
            "mom",
            "dad",
            "wife",
            "husband",
            "she",
            "he",
            "is",
            "my",
            "all",
            "at",
            "over",
            "come",
            "get",
            "a",
            "the",
            "really",
            "very",
            "so",
            "can",
            "do",
            "i",
            "am",
            "please",
            "quick",
            "quickly",
            "hurry",
            "help",
            "sick",
            "going",
            "there",
            "about",
            "gone",
            "have",
            "and",
            "pass",
            "out",
            "like");

    /** At most this many words of a reason may follow or come before a command. */
    static final int MAX_REASON_WORDS = 7;

    /**
     * One-word phrases too common in talk to carry a command with a reason beside them: "telling the
     * wife" is not read, "tell me a joke" is not read, "can you play some Elvis" is not resume.
     */
    static final Set<String> WEAK = Set.of(
            "hold",
            "tell",
            "talk",
            "speak",
            "say",
            "read",
            "red",
            "right",
            "okay",
            "ok",
            "yes",
            "yeah",
            "no",
            "know",
            "one",
            "two",
            "won",
            "too",
            "first",
            "second",
            "back",
            "start",
            "beginning",
            "help",
            "menu",
            "again",
            "wait",
            "play",
            "enough",
            "quiet",
            "silence",
            "sure",
            "correct",
            "wrong",
            "none",
            "neither",
            "nah",
            "alright",
            "previous",
            "once",
            "more",
            "missed",
            "slow",
            "slowly",
            "speed",
            "larger",
            "bigger",
            "home",
            "stop",
            "continue",
            "instructions",
            "emergency",
            "nope",
            "yep",
            "2",
            "1",
            "shouting",
            "tiny",
            "shrink");

    static final Set<String> WEAK_STEMS =
            WEAK.stream().map(CommandPhrases::stem).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A command said with a short reason after it ("read it out, I left my glasses in the car"; "speak
     * up, it's noisy in here"): the command's part, first, must be its phrases as {@link CommandPhrases#find} wants them, holding a phrase of two words or more or one word that is not {@link #WEAK}, and
     * the reason at most {@link #MAX_REASON_WORDS} words, none of them a word the topics use.
     *
     * @param topicWord whether a word is one the topics use
     */
    Optional<Command> find(List<String> words, Predicate<String> topicWord) {
        Optional<Command> afterAnswer = afterAnswer(words); // before a reason: "no no, take me home" is no reason
        if (afterAnswer.isPresent()) {
            return afterAnswer;
        }
        Optional<Command> besideWrongChoice = besideWrongChoice(words, topicWord);
        if (besideWrongChoice.isPresent()) {
            return besideWrongChoice;
        }
        for (int k = words.size() - 1; k >= 1; k--) {
            List<String> part = words.subList(0, k);
            List<String> reason = words.subList(k, words.size());
            if (reason.size() > Math.max(MAX_REASON_WORDS, MAX_URGENT_WORDS)) {
                break; // a longer reason makes it a question
            }
            // "how to use the kiosk" is asked in words a question starts with ("what do I say to the grandkids")
            if (CommandWords.UNFINISHED.contains(part.getLast())) {
                continue; // "what was | I going to say": the words after it finish the same sentence
            }
            Optional<Command> command = strongCommand(part)
                    .filter(c -> c != Command.HELP
                            && (plainReason(reason, topicWord)
                                    || (c == Command.NEED_HELP && urgentReason(reason, topicWord))));
            if (command.isPresent()) {
                return command;
            }
        }
        // what is wrong said first, then the call for a person ("I've gone all dizzy, can somebody come")
        for (int k = 1; k < words.size(); k++) {
            List<String> reason = words.subList(0, k);
            List<String> part = words.subList(k, words.size());
            if (urgentReason(reason, topicWord)
                    && strongCommand(part).filter(c -> c == Command.NEED_HELP).isPresent()) {
                return Optional.of(Command.NEED_HELP);
            }
        }
        return Optional.empty();
    }

    /** Commands that only point ("that one", "the first one"): beside a no or "wrong one" they choose nothing. */
    static final Set<Command> POINTING = EnumSet.of(Command.ONE, Command.TWO);

    /** Answers and how to use the kiosk: never what a yes, a no or "wrong one" gives way to. */
    private static final Set<Command> ANSWERS = EnumSet.of(Command.YES, Command.NO, Command.HELP);

    /** At most this many words of a yes or no may come before a command ({@link #afterAnswer}). */
    static final int MAX_ANSWER_WORDS = 5;

    /**
     * A yes or no said first, then another command: the command is what is wanted ("right, carry on";
     * "okay, keep going"; "no no, take me home"). But "go on" after a yes is the yes itself
     * ("yeah ok, go on then"), as every writer who said it meant.
     */
    private Optional<Command> afterAnswer(List<String> words) {
        for (int k = 1; k <= MAX_ANSWER_WORDS && k < words.size(); k++) {
            Optional<Command> answer = phrases.find(words.subList(0, k));
            if (answer.isEmpty() || (answer.get() != Command.YES && answer.get() != Command.NO)) {
                continue;
            }
            List<String> rest = words.subList(k, words.size());
            // after a no, even a word too common in talk to be a command with a reason is one ("no no, not that one,
            // back"), but for one and two: "no, that one" and "wrong one" point, they choose nothing
            Optional<Command> command = strongCommand(rest)
                    .or(() -> answer.get() == Command.NO
                            ? phrases.find(rest).filter(c -> !POINTING.contains(c))
                            : Optional.empty())
                    .filter(c -> !ANSWERS.contains(c));
            if (command.isPresent()
                    && !(answer.get() == Command.YES && command.get() == Command.RESUME && goOn(rest))) {
                return command;
            }
        }
        return Optional.empty();
    }

    private static final List<String> NOT_THAT_ONE = List.of("not", "that", "one");

    /** At most this many words may say that the wrong topic opened ({@link #besideWrongChoice}). */
    static final int MAX_WRONG_WORDS = 6;

    /** The words a patient says that the wrong topic opened with: "wrong one", "that's the wrong page", "not that one". */
    static final Set<String> WRONG_CHOICE = Set.of(
            "wrong", "not", "that", "this", "is", "the", "one", "page", "topic", "button", "thing", "it", "oops",
            "sorry", "oh", "i", "pressed", "touched", "tapped", "hit", "a", "no");

    /**
     * A command said beside words that the wrong topic opened, before or after it: "back, that's the wrong
     * page"; "wrong one, back"; "oops, wrong button, go home". Then even a word too common in talk to be a
     * command with a reason is one, but for one and two and the answers: the wrong words point at a page,
     * they choose nothing.
     */
    private Optional<Command> besideWrongChoice(List<String> words, Predicate<String> topicWord) {
        for (int k = 1; k < words.size(); k++) {
            List<String> first = words.subList(0, k);
            List<String> last = words.subList(k, words.size());
            Optional<Command> command = wrongChoice(first)
                    ? withTail(last, topicWord)
                    : wrongChoice(last) ? phrases.find(first) : Optional.empty();
            Optional<Command> navigation = command.filter(c -> !POINTING.contains(c) && !ANSWERS.contains(c));
            if (navigation.isPresent()) {
                return navigation;
            }
        }
        return Optional.empty();
    }

    /**
     * At most this many words, none of them the topics', may follow the command said after the words that the
     * wrong topic opened: a recognizer often ends on a word that was not said ("no, not that one, previous
     * screen" heard as "no not that one previous green"), and as a reason beside the no they made it no.
     */
    static final int MAX_TAIL_WORDS = 2;

    /** The command these words are, alone or with up to {@link #MAX_TAIL_WORDS} words after it that the topics do not use. */
    private Optional<Command> withTail(List<String> words, Predicate<String> topicWord) {
        Optional<Command> whole = phrases.find(words);
        for (int j = words.size() - 1; whole.isEmpty() && j >= Math.max(1, words.size() - MAX_TAIL_WORDS); j--) {
            if (words.subList(j, words.size()).stream().noneMatch(topicWord)) {
                whole = phrases.find(words.subList(0, j));
            }
        }
        return whole;
    }

    private static final List<String> NOT_WHAT_I = List.of("not", "what", "i");

    /** The words after "not what I" that say the wrong topic opened: "that's not what I wanted". */
    private static final Set<String> NOT_WHAT_I_WANTED =
            Set.of("what", "wanted", "want", "meant", "mean", "asked", "for");

    /**
     * Whether these few words say only that the wrong topic opened ("that's the wrong page", "not that one",
     * "that's not what I wanted").
     */
    private static boolean wrongChoice(List<String> words) {
        if (words.size() > MAX_WRONG_WORDS) {
            return false;
        }
        boolean notWhatIWanted = Collections.indexOfSubList(words, NOT_WHAT_I) >= 0
                && words.stream().allMatch(w -> WRONG_CHOICE.contains(w) || NOT_WHAT_I_WANTED.contains(w));
        return notWhatIWanted
                || ((words.contains("wrong") || Collections.indexOfSubList(words, NOT_THAT_ONE) >= 0)
                        && WRONG_CHOICE.containsAll(words));
    }

    /**
     * Whether these words are "aye, go on then" as a recognizer hears it, "i go on then": yes, as the
     * writers meant it, not carry on, which the words alone would be (no one says "I go on" to a kiosk).
     * Asked before the command phrases, which would take "i" for a word said around "go on".
     */
    boolean heardAsAyeGoOn(List<String> words) {
        return words.size() > 2 && words.getFirst().equals("i") && goOn(words.subList(1, words.size()));
    }

    /** Whether these words, without the polite ones, those said around a command and more yes, are "go on" only. */
    private boolean goOn(List<String> words) {
        return words.stream()
                .filter(w -> !CommandWords.POLITE.contains(w)
                        && !CommandWords.AROUND.contains(w)
                        && phrases.find(List.of(w))
                                .filter(c -> c == Command.YES)
                                .isEmpty())
                .toList()
                .equals(List.of("go", "on"));
    }

    private static boolean plainReason(List<String> reason, Predicate<String> topicWord) {
        return reason.size() <= MAX_REASON_WORDS
                && reason.stream().noneMatch(topicWord)
                && !CommandWords.anotherRequest(reason);
    }

    /**
     * Whether the words beside a call for a person say what is wrong ("help me please, I feel really
     * faint"; "get someone now, my dad's not well"; "I've gone all dizzy, can somebody come"): up to
     * {@link #MAX_URGENT_WORDS} words, whose topic words are only {@link #URGENT} ones. The card that
     * opens is cheap to close; a missed call for help is not.
     */
    private static boolean urgentReason(List<String> reason, Predicate<String> topicWord) {
        return reason.size() <= MAX_URGENT_WORDS
                && reason.stream().allMatch(w -> URGENT.contains(w) || !topicWord.test(w));
    }

    /** The command these words are, when they hold a phrase of two words or more or one not {@link #WEAK}. */
    private Optional<Command> strongCommand(List<String> words) {
        return phrases.find(words).filter(c -> phrases.holdsPhrase(words, WEAK_STEMS));
    }
}
