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

    /**
     * What questions are heard with (the model's whole vocabulary, or with {@code kiosk.voice.grammar} the
     * matcher's words as a grammar), and the wake phrase when hands-free listening is on.
     */
    @Bean
    ExpectedSpeech expectedSpeech(QuestionMatcher matcher, VoiceSettings settings) {
        return new ExpectedSpeech(
                settings.questions(matcher.vocabulary()),
                settings.handsFree() ? Optional.of(settings.wakePhrase()) : Optional.empty());
    }
}
