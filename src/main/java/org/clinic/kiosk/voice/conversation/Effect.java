package org.clinic.kiosk.voice.conversation;

import java.util.List;
import org.clinic.kiosk.usage.UsageEvent.VoiceOutcome;
import org.clinic.kiosk.voice.match.Command;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/** What the screen must do after an input to the {@link Conversation}, in the order given. */
public sealed interface Effect {

    /** Listen for one utterance with this vocabulary (opening the microphone if needed). */
    record Listen(Vocabulary vocabulary) implements Effect {}

    /** Keep the microphone but ignore its audio (the kiosk is about to speak). */
    record Ignore() implements Effect {}

    /** Release the microphone. */
    record Close() implements Effect {}

    /** Show that listening has just started (the audible cue is the microphone's own). */
    record Cue() implements Effect {}

    /** Someone spoke: the patient is still here (the idle reset waits again). */
    record Activity() implements Effect {}

    /** Show the words heard so far ("I heard: ..."); they are dropped at the next question. */
    record ShowHeard(String words) implements Effect {}

    /** Open this topic, as by touch but counted as reached by voice, and read it aloud. */
    record OpenTopic(String topicId) implements Effect {}

    /** Do what this command's button does. */
    record RunCommand(Command command) implements Effect {}

    /** Show two big buttons and say {@code question}. */
    record OfferChoice(String firstId, String firstTitle, String secondId, String secondTitle, String question)
            implements Effect {}

    /**
     * Show Yes ({@code yes}, such as "Yes, go back") and No and say {@code question}: the kiosk was not sure
     * it heard {@code command}.
     */
    record AskFirst(Command command, String yes, String question) implements Effect {}

    /** Show and say the reply, with three questions the patient could ask instead. */
    record SayNotUnderstood(String reply, List<String> suggestions) implements Effect {
        public SayNotUnderstood {
            suggestions = List.copyOf(suggestions);
        }

        /** The spoken form: the reply, then the three questions. */
        public String spoken() {
            return reply + " " + String.join(" ", suggestions);
        }
    }

    /** Show and say this short sentence. */
    record Say(String text) implements Effect {}

    /** Stop the kiosk's speech now (the patient pressed Talk while it was speaking). */
    record StopSpeaking() implements Effect {}

    /** Count one spoken question with its outcome (never its words). */
    record Count(VoiceOutcome outcome) implements Effect {}
}
