package org.clinic.kiosk.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinic.kiosk.MutableClock;
import org.clinic.kiosk.usage.UsageEvent.VisitStarted;
import org.clinic.kiosk.usage.UsageRepository.Stamped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention on a real SQLite file, with a clock the test moves. */
class UsageRetentionTest {

    private static final Instant FRIDAY_2PM = Instant.parse("2026-11-20T14:00:00Z");
    private static final Duration KEEP = Duration.ofDays(400);

    private final MutableClock clock = new MutableClock(FRIDAY_2PM);
    private final UsageRetention retention = new UsageRetention(KEEP, clock);

    @TempDir
    Path folder;

    private void store(Connection connection, Instant at) throws Exception {
        UsageRepository.insert(
                connection,
                "test-kiosk",
                clock.getZone(),
                List.of(new Stamped(at.getEpochSecond(), 7, new VisitStarted())));
    }

    private long rawEvents() throws Exception {
        return UsageFiles.number(folder, "SELECT COUNT(*) FROM event");
    }

    @Test
    void rawEventsOlderThanTheKeepAreDeletedAndTheirDailyCountsStay() throws Exception {
        try (Connection connection = UsageFiles.connect(folder)) {
            UsageMigrations.migrate(connection, clock.getZone(), UsageMigrations.LATEST);
            store(connection, FRIDAY_2PM);
            clock.advance(KEEP.plusDays(1));
            store(connection, clock.instant());

            retention.keepTidy(connection);

            assertEquals(1, rawEvents(), "only the new event is kept raw");
            LocalDate friday = LocalDate.of(2026, 11, 20);
            assertEquals(
                    1, UsageReportRepository.report(connection, friday, friday).visits());
        }
    }

    @Test
    void retentionRunsAtMostEverySixHours() throws Exception {
        try (Connection connection = UsageFiles.connect(folder)) {
            UsageMigrations.migrate(connection, clock.getZone(), UsageMigrations.LATEST);
            clock.advance(KEEP.plusDays(1));
            retention.keepTidy(connection); // the first turn: nothing old yet
            store(connection, FRIDAY_2PM);

            clock.advance(Duration.ofHours(5).plusMinutes(59));
            retention.keepTidy(connection);
            assertEquals(1, rawEvents(), "too soon after the last turn");

            clock.advance(Duration.ofMinutes(1));
            retention.keepTidy(connection);
            assertEquals(0, rawEvents());
        }
    }
}
