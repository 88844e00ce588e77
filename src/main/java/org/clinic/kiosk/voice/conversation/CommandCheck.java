package org.clinic.kiosk.voice.conversation;

import java.util.Optional;
import org.clinic.kiosk.voice.conversation.Effect.AskFirst;
import org.clinic.kiosk.voice.match.Command;
import org.clinic.kiosk.voice.match.MatchResult;

/**
 * A command the kiosk was not sure it heard ({@link MatchResult.CommandMatch#askFirst()}), asked about
 * before it is done: "Did you want me to go back? Say yes or no, or tap your answer." The question
 * asked, and what an answer (said or tapped) makes of it.
 */
final class CommandCheck {

    /** The command asked about, or null. */
    private Command asked;

    boolean onOffer() {
        return asked != null;
    }

    void withdraw() {
        asked = null;
    }

    /** Asks about this command: the question said and shown, with Yes and No to tap. */
    AskFirst offer(Command command) {
        asked = command;
        String question = "Did you want me to " + what(command) + "? Say yes or no, or tap your answer.";
        return new AskFirst(command, "Yes, " + what(command), question);
    }

    /**
     * The command a spoken answer confirms ("yes", "one", or the command itself again), or none. A "no" or "two"
     * is {@link #turnedDown}; anything else leaves the question behind.
     */
    Optional<Command> confirmed(MatchResult result) {
        if (result instanceof MatchResult.CommandMatch c
                && (c.command() == Command.YES || c.command() == Command.ONE || c.command() == asked)) {
            Command command = asked;
            asked = null;
            return Optional.of(command);
        }
        return Optional.empty();
    }

    /** Whether the answer says no to the question ("no", or "two": the second button). */
    static boolean turnedDown(MatchResult result) {
        return result instanceof MatchResult.CommandMatch c
                && (c.command() == Command.NO || c.command() == Command.TWO);
    }

    /** The command confirmed by a tap on Yes (1), or none for No (2) or when nothing is asked; either ends the question. */
    Optional<Command> touched(int number) {
        Command command = asked;
        asked = null;
        return number == 1 ? Optional.ofNullable(command) : Optional.empty();
    }

    /** The command in the question's words: "Did you want me to ...?". */
    static String what(Command command) {
        return switch (command) {
            case HOME -> "go to the start";
            case BACK -> "go back";
            case READ -> "read this page aloud";
            case REPEAT -> "read it again";
            case STOP -> "stop reading";
            case PAUSE -> "pause the reading";
            case RESUME -> "carry on reading";
            case SLOWER -> "read more slowly";
            case FASTER -> "read faster";
            case LOUDER -> "speak louder";
            case QUIETER -> "speak more quietly";
            case BIGGER_TEXT -> "make the text bigger";
            case SMALLER_TEXT -> "make the text smaller";
            case HELP -> "explain how to use the kiosk";
            case NEED_HELP -> "show how to get help now";
            case ONE, TWO, YES, NO -> "take that as " + command.id();
        };
    }
}
