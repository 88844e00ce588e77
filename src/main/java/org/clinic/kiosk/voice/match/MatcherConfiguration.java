package org.clinic.kiosk.voice.match;

import org.clinic.kiosk.shell.KioskSettings;
import org.clinic.kiosk.topic.TopicCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the question matcher once at start-up, over the topics in service, the built-in lay words
 * and the clinic's synonym file on top of them, with the paraphrase vote unless it is off.
 */
@Configuration
@EnableConfigurationProperties(MatcherSettings.class)
public class MatcherConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MatcherConfiguration.class);

    @Bean
    QuestionMatcher questionMatcher(TopicCatalog catalog, MatcherSettings settings, KioskSettings kiosk) {
        return build(catalog, settings, kiosk.frontDeskMessage());
    }

    public static LuceneQuestionMatcher build(TopicCatalog catalog, MatcherSettings settings, String frontDeskMessage) {
        long start = System.nanoTime();
        LuceneQuestionMatcher matcher = LuceneQuestionMatcher.build(
                catalog.all(), settings.synonymsFile(), frontDeskMessage, settings.paraphrases());
        LOG.info(
                "Question matcher ready in {} ms: {} topics, {} synonym rules from the built-in list and {} ({} lines skipped), "
                        + "paraphrase vote {}",
                (System.nanoTime() - start) / 1_000_000,
                catalog.all().size(),
                matcher.synonymRules(),
                settings.synonymsFile(),
                matcher.problems().size(),
                matcher.paraphrasesOn() ? "on" : "off");
        return matcher;
    }
}
