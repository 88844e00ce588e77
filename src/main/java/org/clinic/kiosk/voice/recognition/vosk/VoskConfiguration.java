package org.clinic.kiosk.voice.recognition.vosk;

import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.recognition.ExpectedSpeech;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Voice recognition's start-up and shutdown: the Vosk model in {@code kiosk.voice.model-dir} is
 * read in the background, checked against what the kiosk will listen for (voice input is off
 * until it is ready, and stays off with the reason if it cannot be), and freed when the kiosk stops.
 */
@Configuration
class VoskConfiguration {

    @Bean(destroyMethod = "close")
    SpeechRecognizer speechRecognizer(VoiceSettings settings, ExpectedSpeech expected) {
        VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(settings.modelDir(), expected);
        recognizer.start();
        return recognizer;
    }
}
