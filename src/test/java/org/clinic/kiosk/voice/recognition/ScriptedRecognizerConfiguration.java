package org.clinic.kiosk.voice.recognition;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts a {@link ScriptedRecognizer} at the recognizer boundary: import it in an app test. */
@TestConfiguration
public class ScriptedRecognizerConfiguration {

    @Bean
    @Primary
    ScriptedRecognizer scriptedRecognizer() {
        return new ScriptedRecognizer();
    }
}
