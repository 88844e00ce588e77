package org.clinic.kiosk.voice.conversation;

import java.util.List;
import org.clinic.kiosk.usage.UsageEvent.VoiceOutcome;
import org.clinic.kiosk.voice.conversation.Effect.Close;
import org.clinic.kiosk.voice.conversation.Effect.Count;
import org.clinic.kiosk.voice.conversation.Effect.OpenTopic;
import org.clinic.kiosk.voice.conversation.Effect.RunCommand;
import org.clinic.kiosk.voice.conversation.Effect.Say;
import org.clinic.kiosk.voice.conversation.Effect.SayNotUnderstood;
import org.clinic.kiosk.voice.match.Command;
import org.clinic.kiosk.voice.match.MatchResult;

/**
 * What the kiosk answers once it knows what was asked, each answer counted for the usage log: a
 * topic opened, a command run (or help said), a choice turned down, or "not understood" with three
 * questions to try, until {@value #MAX_MISSES} in a row stop it listening (it is probably hearing
 * talk nearby).
 */
final class Replies {

    static final String HELP = "You can ask me a question, like: what is hospice care? Or say: go back, home,"
            + " read it again, slower, louder, or bigger text. If you need a person now, say: I need help."
            + " Press Talk to stop me listening.";

    /** Said when the kiosk stops listening after too many questions it did not understand. */
    static final String STOPPED_LISTENING = "I will stop listening for now. Press Talk to ask me again.";

    /** Questions in a row the kiosk may not understand before it stops listening. */
    static final int MAX_MISSES = 3;

    static final String NO_CHOICE = "All right. Please ask again in other words, or tap a topic.";

    /** Questions not understood in a row. */
    private int misses;

    /** Something was understood, or listening starts afresh: the misses in a row count from zero. */
    void resetMisses() {
        misses = 0;
    }

    List<Effect> openTopic(String topicId) {
        return List.of(new Count(VoiceOutcome.MATCHED_TOPIC), new OpenTopic(topicId));
    }

    List<Effect> runCommand(Command command) {
        return switch (command) {
            case HELP -> List.of(new Count(VoiceOutcome.MATCHED_COMMAND), new Say(HELP));
            // an answer with no question asked: counted, and the patient can simply ask
            case ONE, TWO, YES, NO -> List.of(new Count(VoiceOutcome.MATCHED_COMMAND));
            default -> List.of(new Count(VoiceOutcome.MATCHED_COMMAND), new RunCommand(command));
        };
    }

    static final String NO_COMMAND = "All right. Please say it again in other words, or tap a button.";

    /** "No" to "Did you want me to ...?": nothing is done. */
    List<Effect> checkTurnedDown() {
        return List.of(new Count(VoiceOutcome.NOT_UNDERSTOOD), new Say(NO_COMMAND));
    }

    /** "No" to "Did you mean 1 or 2?". */
    List<Effect> choiceTurnedDown() {
        return List.of(new Count(VoiceOutcome.NOT_UNDERSTOOD), new Say(NO_CHOICE));
    }

    /**
     * Counts a question not understood: whether it makes {@value #MAX_MISSES} in a row, so the kiosk
     * stops listening (and the count starts again).
     */
    boolean missedTooOften() {
        misses++;
        if (misses >= MAX_MISSES) {
            misses = 0;
            return true;
        }
        return false;
    }

    /** Not understood: said and shown with three questions to try, and, when stopping, the microphone closed. */
    List<Effect> notUnderstood(MatchResult.NotUnderstood none, boolean stopListening) {
        if (stopListening) {
            return List.of(
                    new Count(VoiceOutcome.NOT_UNDERSTOOD),
                    new Close(),
                    new SayNotUnderstood(none.reply() + " " + STOPPED_LISTENING, none.suggestions()));
        }
        return List.of(new Count(VoiceOutcome.NOT_UNDERSTOOD), new SayNotUnderstood(none.reply(), none.suggestions()));
    }
}
