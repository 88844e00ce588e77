package org.clinic.kiosk.voice.recognition.vosk;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import org.clinic.kiosk.speech.freetts.FreeTtsSynthesizer;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.Utterance;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The real model recognizing the kiosk's own voice. Runs only where the model is installed
 * ({@code ./kiosk voice-model}); elsewhere it is reported as skipped, never as passed.
 */
class VoskRecognitionTest {

    private static final Vocabulary GRAMMAR = new Vocabulary(List.of(
            "tell me about hospice", "what is palliative care", "clinical trials", "go back", "read it again", "help"));

    @Test
    void theRealModelHearsHospiceInTheKiosksOwnVoice() throws InterruptedException {
        assumeTrue(
                TestModels.modelInstalled(),
                "no speech model installed at " + TestModels.installed() + ": run ./kiosk voice-model");
        short[] speech;
        try (FreeTtsSynthesizer voice = new FreeTtsSynthesizer(1)) {
            speech = SpokenQuestions.speak(voice, "tell me about hospice");
        }
        try (VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(TestModels.installed())) {
            recognizer.start();
            assertTrue(recognizer.awaitLoaded(Duration.ofSeconds(120)));
            RecognizerStatus status = recognizer.status();
            assertTrue(status.ready(), status.detail());
            for (Vocabulary vocabulary : List.of(GRAMMAR, Vocabulary.UNRESTRICTED)) {
                try (Utterance utterance = recognizer.begin(vocabulary)) {
                    for (int at = 0; at < speech.length; at += SpokenQuestions.CHUNK) {
                        int length = Math.min(SpokenQuestions.CHUNK, speech.length - at);
                        short[] chunk = java.util.Arrays.copyOfRange(speech, at, at + length);
                        utterance.accept(chunk, length);
                    }
                    Transcript heard = utterance.finish();
                    assertTrue(heard.words().contains("hospice"), vocabulary + " heard: " + heard.text());
                }
            }
        }
    }
}
