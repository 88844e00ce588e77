package org.clinic.kiosk.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.clinic.kiosk.speech.SpeechOutput;
import org.clinic.kiosk.speech.SpeechRate;
import org.clinic.kiosk.speech.SpeechSynthesizer;
import org.clinic.kiosk.speech.freetts.FreeTtsSynthesizer;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.usage.UsageLog;
import org.clinic.kiosk.usage.UsageReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Owns start-up: checks the clinic's settings file, makes the data folder and loads the topic
 * catalogue, opens the anonymous usage log (and closes it on shutdown). The speech model will be
 * opened and closed here too.
 */
@Configuration
@EnableConfigurationProperties(KioskSettings.class)
public class KioskConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(KioskConfiguration.class);
    /** Where the settings file is; the same default as {@code spring.config.import} uses. */
    static final String CONFIG_FILE_VARIABLE = "KIOSK_CONFIG_FILE";

    static final String DEFAULT_CONFIG_FILE = "kiosk-config/kiosk.properties";

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    TopicCatalog topicCatalog(KioskSettings settings, Environment environment) throws IOException {
        checkSettingsFile(Path.of(environment.getProperty(CONFIG_FILE_VARIABLE, DEFAULT_CONFIG_FILE)));
        Files.createDirectories(settings.dataDir());
        LOG.info(
                "Kiosk '{}' starting: idle reset after {} s (+{} s warning), data folder {}, topic overrides in {}",
                settings.clinicName(),
                settings.idleSeconds(),
                settings.warningSeconds(),
                settings.dataDir().toAbsolutePath(),
                settings.contentDir().toAbsolutePath());
        return TopicCatalog.load(settings.contentDir());
    }

    /** The FreeTTS voice pool; its voices are loaded when first needed and freed at shutdown. */
    @Bean(destroyMethod = "close")
    FreeTtsSynthesizer speechSynthesizer(KioskSettings settings) {
        return new FreeTtsSynthesizer(settings.speech().voices());
    }

    /**
     * Read aloud: the clinic's pronunciations, the bounded audio cache, and (unless switched off)
     * every topic's title and summary prepared in the background, so the first press is quick.
     */
    @Bean(destroyMethod = "close")
    SpeechOutput speechOutput(SpeechSynthesizer synthesizer, KioskSettings settings, TopicCatalog catalog) {
        KioskSettings.Speech speech = settings.speech();
        SpeechOutput output = SpeechOutput.create(synthesizer, speech.pronunciationFile(), speech.cacheBytes());
        if (speech.warmUp()) {
            List<String> texts = new ArrayList<>();
            for (Topic topic : catalog.all()) {
                texts.add(topic.title());
                texts.add(topic.summary());
            }
            SpeechRate rate = speech.defaultRate();
            output.warmUpInBackground(texts, rate);
        }
        return output;
    }

    /**
     * The anonymous usage log: opened (and migrated, or a damaged file set aside) here, and closed
     * on shutdown, which writes what is still queued. A bad value names its key.
     */
    @Bean(destroyMethod = "close")
    UsageLog usageLog(KioskSettings settings, Clock clock) {
        KioskSettings.Usage usage = settings.usage();
        UsageLog.Options options;
        try {
            options = new UsageLog.Options(
                    settings.dataDir(),
                    usage.kioskName(),
                    usage.timePrecision(),
                    usage.keepRawEvents(),
                    usage.queueCapacity());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Settings: " + e.getMessage(), e);
        }
        return UsageLog.open(options, clock);
    }

    @Bean
    UsageReports usageReports(UsageLog usageLog) {
        return usageLog.reports();
    }

    /**
     * Spring binds only {@code kiosk.*} keys strictly; a key outside that prefix (a typo such as
     * {@code kisok.port}) would be silently ignored, so the settings file is checked as a whole.
     */
    static void checkSettingsFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        List<String> unknown = properties.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("kiosk."))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Settings file " + file + ": unknown key '" + unknown.getFirst()
                    + "' (every key starts with 'kiosk.'; see the comments in the file)");
        }
    }
}
