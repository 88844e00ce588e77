package org.clinic.kiosk.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** UsageConfiguration opens the usage log at start-up and, on shutdown, writes what is queued. */
class UsageLogLifecycleTest {

    @TempDir
    Path data;

    @Test
    void shutdownWritesEveryQueuedEvent() throws Exception {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(UsageConfiguration.class)
                .withBean(Clock.class, Clock::systemDefaultZone)
                .withPropertyValues(
                        "kiosk.data-dir=" + data,
                        "kiosk.content-dir=target/no-topic-overrides",
                        "kiosk.usage.kiosk-name=lifecycle")
                .run(context -> {
                    UsageLog log = context.getBean(UsageLog.class);
                    for (int i = 0; i < 500; i++) {
                        log.record(VisitId.random(), new UsageEvent.VisitStarted());
                    }
                    LocalDate today = LocalDate.now(ZoneId.systemDefault());
                    context.getBean(UsageReports.class).report(today, today); // the reports bean is there
                });
        // the context is closed now: no flush was asked for, yet every event is in the file
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("usage.db"));
                ResultSet rs = connection
                        .createStatement()
                        .executeQuery("SELECT COUNT(*), MIN(kiosk) FROM event WHERE kind = 'visit_started'")) {
            assertEquals(500, rs.getLong(1));
            assertEquals("lifecycle", rs.getString(2));
        }
    }
}
