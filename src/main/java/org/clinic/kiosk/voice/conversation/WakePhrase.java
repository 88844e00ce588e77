package org.clinic.kiosk.voice.conversation;

import java.util.List;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/** The hands-free wake phrase: the tiny grammar listened with, and whether words heard hold it. */
final class WakePhrase {

    private final String phrase;
    private final Vocabulary grammar;

    /** @param phrase words that start a conversation in hands-free mode, such as "hello kiosk" */
    WakePhrase(String phrase) {
        this.phrase = new Transcript(phrase).text();
        this.grammar = new Vocabulary(List.of(this.phrase, Transcript.UNKNOWN));
    }

    Vocabulary grammar() {
        return grammar;
    }

    /** Whether the words heard hold the whole wake phrase. */
    boolean heardIn(Transcript heard) {
        return (" " + heard.text() + " ").contains(" " + phrase + " ");
    }
}
