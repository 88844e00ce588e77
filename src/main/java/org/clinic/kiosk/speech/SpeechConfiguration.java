package org.clinic.kiosk.speech;

import org.clinic.kiosk.speech.freetts.FreeTtsSynthesizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read aloud's start-up and shutdown: the FreeTTS voice pool (voices loaded when first needed and
 * freed at shutdown), the clinic's pronunciations and the bounded audio cache.
 */
@Configuration
@EnableConfigurationProperties(SpeechSettings.class)
class SpeechConfiguration {

    @Bean(destroyMethod = "close")
    FreeTtsSynthesizer speechSynthesizer(SpeechSettings settings) {
        return new FreeTtsSynthesizer(settings.voices());
    }

    @Bean(destroyMethod = "close")
    SpeechOutput speechOutput(SpeechSynthesizer synthesizer, SpeechSettings settings) {
        return SpeechOutput.create(synthesizer, settings.pronunciationFile(), settings.cacheBytes());
    }
}
