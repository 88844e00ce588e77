package org.clinic.kiosk.voice.conversation;

import java.util.List;
import org.clinic.kiosk.usage.UsageEvent.VoiceOutcome;
import org.clinic.kiosk.voice.conversation.Effect.Activity;
import org.clinic.kiosk.voice.conversation.Effect.Count;
import org.clinic.kiosk.voice.conversation.Effect.Ignore;
import org.clinic.kiosk.voice.conversation.Effect.Listen;
import org.clinic.kiosk.voice.conversation.Effect.StopSpeaking;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * The microphone while the kiosk speaks: with barge-in on, "stop" only is listened for (where echo
 * cancellation is good enough that the kiosk does not hear itself); off, the microphone is ignored so
 * the kiosk never hears itself.
 */
final class BargeIn {

    private final boolean on;
    private final Vocabulary stopGrammar = new Vocabulary(List.of("stop", Transcript.UNKNOWN));

    BargeIn(boolean on) {
        this.on = on;
    }

    boolean on() {
        return on;
    }

    Vocabulary stopGrammar() {
        return stopGrammar;
    }

    /** What the microphone does once the kiosk starts speaking. */
    Effect whileSpeaking() {
        return on ? new Listen(stopGrammar) : new Ignore();
    }

    /** Words heard while the kiosk speaks, barge-in on: "stop" stops it; anything else is let pass. */
    List<Effect> heard(Transcript heard) {
        if (heard.words().contains("stop")) {
            // the patient talks over the kiosk: it stops, and then listens again
            return List.of(new Activity(), new Count(VoiceOutcome.MATCHED_COMMAND), new StopSpeaking());
        }
        return List.of(new Listen(stopGrammar));
    }

    /** Silence or noise while the kiosk speaks. */
    List<Effect> nothingHeard() {
        return on ? List.of(new Listen(stopGrammar)) : List.of();
    }
}
