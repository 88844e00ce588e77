package org.clinic.kiosk.voice;

import java.util.Optional;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.clinic.kiosk.voice.recognition.ExpectedSpeech;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds and checks voice input's settings ({@code kiosk.voice.*}); tells the recognizer what to expect. */
@Configuration
@EnableConfigurationProperties(VoiceSettings.class)
class VoiceConfiguration {

    /** The questions' vocabulary, and the wake phrase when hands-free listening is on. */
    @Bean
    ExpectedSpeech expectedSpeech(QuestionMatcher matcher, VoiceSettings settings) {
        return new ExpectedSpeech(
                matcher.vocabulary(), settings.handsFree() ? Optional.of(settings.wakePhrase()) : Optional.empty());
    }
}
