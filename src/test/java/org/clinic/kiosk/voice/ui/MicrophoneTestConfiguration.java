package org.clinic.kiosk.voice.ui;

import org.clinic.kiosk.voice.recognition.ScriptedRecognizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A scripted, recording recognizer at the boundary and a probe for the test page's listeners. */
@TestConfiguration
public class MicrophoneTestConfiguration {

    @Bean
    ScriptedRecognizer scriptedRecognizer() {
        return new ScriptedRecognizer();
    }

    @Bean
    @Primary
    RecordingRecognizer recordingRecognizer(ScriptedRecognizer scripted) {
        return new RecordingRecognizer(scripted);
    }

    @Bean
    MicrophoneProbe microphoneProbe() {
        return new MicrophoneProbe();
    }
}
