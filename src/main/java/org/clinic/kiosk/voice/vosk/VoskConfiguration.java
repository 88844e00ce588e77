package org.clinic.kiosk.voice.vosk;

import org.clinic.kiosk.voice.RecognizerStatus;
import org.clinic.kiosk.voice.SpeechRecognizer;
import org.clinic.kiosk.voice.Vocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Voice recognition's start-up. (The Vosk adapter replaces this bean; until then voice input is off.) */
@Configuration
public class VoskConfiguration {

    @Bean
    SpeechRecognizer speechRecognizer() {
        return new SpeechRecognizer() {
            @Override
            public RecognizerStatus status() {
                return RecognizerStatus.off("Voice input is not built yet.");
            }

            @Override
            public Utterance begin(Vocabulary vocabulary) {
                throw new RecognizerException("voice input is off");
            }
        };
    }
}
