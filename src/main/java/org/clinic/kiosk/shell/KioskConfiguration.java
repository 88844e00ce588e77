package org.clinic.kiosk.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The shell's start-up: the clock, the clinic's settings file checked as a whole, the data folder.
 * Each feature opens and closes its own stores in its own configuration (topics, usage log, speech,
 * the speech model).
 */
@Configuration
@EnableConfigurationProperties({KioskSettings.class, HelpSettings.class})
class KioskConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(KioskConfiguration.class);
    /** Where the settings file is; the same default as {@code spring.config.import} uses. */
    static final String CONFIG_FILE_VARIABLE = "KIOSK_CONFIG_FILE";

    static final String DEFAULT_CONFIG_FILE = "kiosk-config/kiosk.properties";

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /**
     * Checks the settings file, makes the data folder and says what this kiosk is; the features
     * bind their own settings and open their own stores.
     */
    @Bean
    StartUp startUp(KioskSettings settings, Environment environment) throws IOException {
        checkSettingsFile(Path.of(environment.getProperty(CONFIG_FILE_VARIABLE, DEFAULT_CONFIG_FILE)));
        Files.createDirectories(settings.dataDir());
        LOG.info(
                "Kiosk '{}' starting: idle reset after {} s (+{} s warning), data folder {}",
                settings.clinicName(),
                settings.idleSeconds(),
                settings.warningSeconds(),
                settings.dataDir().toAbsolutePath());
        return new StartUp(settings.dataDir());
    }

    /** Refuses a {@code kiosk.*} key that no feature binds (a typo would otherwise be ignored). */
    @Bean
    static SettingsKeys settingsKeys() {
        return new SettingsKeys();
    }

    /** The shell has started: its data folder exists. Features that keep files there depend on it. */
    record StartUp(Path dataDir) {}

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
