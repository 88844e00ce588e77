package org.clinic.kiosk.voice.match;

import java.util.Locale;
import java.util.function.Function;

/**
 * How a matcher did on one evaluation set. Top-1: a topic or command is right when the answer is
 * that topic or command (a choice of two counts by its first topic); a {@code front-desk} or
 * {@code none} utterance is right when the kiosk declines (not understood, with or without the
 * front-desk reply). A wrong command is a command answer to a command utterance naming another
 * command, or any command answer to an utterance that is not a command, that the kiosk does at once: one it
 * asks about first ({@link MatchResult.CommandMatch#askFirst()}, "Did you want me to go back?") is counted
 * apart, as asked first, and by its command for top-1 (as a choice of two counts by its first topic).
 */
record Scorecard(
        String set,
        int total,
        int right,
        int topics,
        int topicsRight,
        int commands,
        int commandsRight,
        int outOfDomain,
        int declined,
        int wrongCommands,
        int commandsOnOthers,
        int choices,
        int askedFirst,
        int askedWrong) {

    /** What an answer comes to: a topic id, {@code command:NAME}, or {@code declined}. */
    static String outcome(MatchResult result) {
        return switch (result) {
            case MatchResult.TopicMatch t -> t.topicId();
            case MatchResult.TopicChoice c -> c.first().id();
            case MatchResult.CommandMatch c -> "command:" + c.command().id();
            case MatchResult.NotUnderstood n -> "declined";
        };
    }

    static boolean right(EvaluationSet.Utterance utterance, String outcome) {
        return utterance.outOfDomain() ? outcome.equals("declined") : outcome.equals(utterance.label());
    }

    /** Scores one set: {@code answer} gives the outcome (see {@link #outcome}) and whether it was a choice of two. */
    static Scorecard of(EvaluationSet set, Function<EvaluationSet.Utterance, Answer> answer) {
        return of(set, answer, false);
    }

    /** The same, printing each miss when {@code showMisses} and {@code -Dmatcher.misses=true}. */
    static Scorecard of(EvaluationSet set, Function<EvaluationSet.Utterance, Answer> answer, boolean showMisses) {
        int right = 0, topics = 0, topicsRight = 0, commands = 0, commandsRight = 0, ood = 0, declined = 0;
        int wrong = 0, others = 0, choices = 0, asked = 0, askedWrong = 0;
        for (EvaluationSet.Utterance utterance : set.utterances()) {
            Answer got = answer.apply(utterance);
            boolean ok = right(utterance, got.outcome());
            right += ok ? 1 : 0;
            choices += got.choice() ? 1 : 0;
            boolean isCommand = got.outcome().startsWith("command:");
            asked += got.askedFirst() ? 1 : 0;
            askedWrong += got.askedFirst() && !ok ? 1 : 0;
            boolean done = isCommand && !got.askedFirst();
            if (utterance.command()) {
                commands++;
                commandsRight += ok ? 1 : 0;
                wrong += done && !ok ? 1 : 0;
            } else {
                others += done ? 1 : 0;
                if (utterance.outOfDomain()) {
                    ood++;
                    declined += ok ? 1 : 0;
                } else {
                    topics++;
                    topicsRight += ok ? 1 : 0;
                }
            }
            if (!ok && showMisses && Boolean.getBoolean("matcher.misses")) {
                System.out.printf(
                        "  miss [%s] %s -> %s%s: %s%n",
                        set.name(),
                        utterance.label(),
                        got.outcome(),
                        got.askedFirst() ? " (asked first)" : "",
                        utterance.heard());
            }
        }
        return new Scorecard(
                set.name(),
                set.utterances().size(),
                right,
                topics,
                topicsRight,
                commands,
                commandsRight,
                ood,
                declined,
                wrong,
                others,
                choices,
                asked,
                askedWrong);
    }

    /** One answer: its outcome, whether it was a choice of two, and whether a command was asked about first. */
    record Answer(String outcome, boolean choice, boolean askedFirst) {
        Answer(String outcome, boolean choice) {
            this(outcome, choice, false);
        }

        static Answer of(MatchResult result) {
            return new Answer(
                    Scorecard.outcome(result),
                    result instanceof MatchResult.TopicChoice,
                    result instanceof MatchResult.CommandMatch c && c.askFirst());
        }
    }

    double top1() {
        return percent(right, total);
    }

    double topicTop1() {
        return percent(topicsRight, topics);
    }

    double commandTop1() {
        return percent(commandsRight, commands);
    }

    double declinedShare() {
        return percent(declined, outOfDomain);
    }

    /** Wrong commands (on command utterances, and fired on the others) per 100 command utterances. */
    double wrongCommandRate() {
        return percent(wrongCommands + commandsOnOthers, commands);
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    String line(String matcher) {
        return String.format(
                Locale.ROOT,
                "  %-26s %-22s top-1 %5.1f %% (%d/%d)  topics %5.1f %%  commands %5.1f %%  out-of-domain declined %5.1f %%"
                        + "  wrong commands %4.1f %% (%d wrong + %d on non-commands, of %d)  choices of two %d"
                        + "  commands asked first %d (%d not meant)%n",
                set,
                matcher,
                top1(),
                right,
                total,
                topicTop1(),
                commandTop1(),
                declinedShare(),
                wrongCommandRate(),
                wrongCommands,
                commandsOnOthers,
                commands,
                choices,
                askedFirst,
                askedWrong);
    }
}
