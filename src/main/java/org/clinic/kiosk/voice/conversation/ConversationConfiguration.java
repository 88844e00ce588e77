package org.clinic.kiosk.voice.conversation;

import java.util.Optional;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.clinic.kiosk.voice.recognition.ExpectedSpeech;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the recognizer at start-up what conversations will listen for. */
@Configuration
class ConversationConfiguration {

    /** The questions' vocabulary, and the wake phrase when hands-free listening is on. */
    @Bean
    ExpectedSpeech expectedSpeech(QuestionMatcher matcher, VoiceSettings settings) {
        return new ExpectedSpeech(
                matcher.vocabulary(), settings.handsFree() ? Optional.of(settings.wakePhrase()) : Optional.empty());
    }
}
