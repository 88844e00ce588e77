package org.clinic.kiosk.voice.ui;

import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The kiosk's own recognizer (with {@code kiosk.voice.engine=pocketsphinx}: the real PocketSphinx)
 * behind a {@link RecordingRecognizer}, so a test can also measure what reached it.
 */
@TestConfiguration
public class PocketSphinxTestConfiguration {

    @Bean
    @Primary
    RecordingRecognizer recordingRecognizer(@Qualifier("speechRecognizer") SpeechRecognizer kiosks) {
        return new RecordingRecognizer(kiosks);
    }
}
