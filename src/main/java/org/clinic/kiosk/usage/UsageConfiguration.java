package org.clinic.kiosk.usage;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The anonymous usage log: opened (and migrated, or a damaged file set aside) at start-up, and
 * closed on shutdown, which writes what is still queued. A bad value names its key.
 */
@Configuration
@EnableConfigurationProperties(UsageSettings.class)
class UsageConfiguration {

    /**
     * @param dataDir {@code kiosk.data-dir}, the kiosk's own folder (the shell makes it and binds it
     *                with its settings; the log only needs to know where it is)
     */
    @Bean(destroyMethod = "close")
    UsageLog usageLog(UsageSettings usage, @Value("${kiosk.data-dir:data}") Path dataDir, Clock clock) {
        UsageLog.Options options;
        try {
            options = new UsageLog.Options(
                    dataDir, usage.kioskName(), usage.timePrecision(), usage.keepRawEvents(), usage.queueCapacity());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Settings: " + e.getMessage(), e);
        }
        return UsageLog.open(options, clock);
    }

    @Bean
    UsageReports usageReports(UsageLog usageLog) {
        return usageLog.reports();
    }
}
