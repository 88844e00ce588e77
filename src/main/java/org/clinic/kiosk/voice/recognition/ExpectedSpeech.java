package org.clinic.kiosk.voice.recognition;

import java.util.List;
import java.util.Optional;

/**
 * What the kiosk will listen for, known at start-up, so an engine can check its model knows the
 * words and prepare for them before the first question: the questions' vocabulary, and the wake
 * phrase when hands-free listening is on.
 *
 * @param questions  the vocabulary every spoken question is recognized with
 * @param wakePhrase the hands-free wake phrase, or empty when hands-free listening is off
 */
public record ExpectedSpeech(Vocabulary questions, Optional<String> wakePhrase) {

    /** Nothing known ahead (tools and tests that only recognize). */
    public static final ExpectedSpeech NOTHING = new ExpectedSpeech(Vocabulary.UNRESTRICTED, Optional.empty());

    /** The wake phrase's words, or none. */
    public List<String> wakeWords() {
        return wakePhrase.map(p -> new Transcript(p).words()).orElse(List.of());
    }
}
