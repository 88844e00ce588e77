package org.clinic.kiosk.topic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.speech.SpeechOutput;
import org.clinic.kiosk.speech.SpeechSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the topic catalogue at start-up (built-in topics, then the clinic's overrides), and has
 * every topic's title and summary prepared for reading aloud in the background, so the first
 * press of Read aloud is quick.
 */
@Configuration
@EnableConfigurationProperties(TopicSettings.class)
class TopicConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(TopicConfiguration.class);

    @Bean
    TopicCatalog topicCatalog(TopicSettings settings) throws IOException {
        LOG.info("Topics: overrides in {}", settings.contentDir().toAbsolutePath());
        return TopicCatalog.load(settings.contentDir());
    }

    @Bean
    ApplicationRunner topicSpeechWarmUp(TopicCatalog catalog, SpeechOutput speech, SpeechSettings settings) {
        return arguments -> {
            if (!settings.warmUp()) {
                return;
            }
            List<String> texts = new ArrayList<>();
            for (Topic topic : catalog.all()) {
                texts.add(topic.title());
                texts.add(topic.summary());
            }
            speech.warmUpInBackground(texts, settings.defaultRate());
        };
    }
}
