package org.clinic.kiosk.usage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clinic.kiosk.usage.UsageEvent.HowReached;
import org.clinic.kiosk.usage.UsageEvent.TopicViewed;
import org.clinic.kiosk.usage.UsageEvent.VisitStarted;
import org.clinic.kiosk.usage.UsageRepository.Stamped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff's reads on a real SQLite file: the report from the count tables, the newest event. */
class UsageReportRepositoryTest {

    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final long FRIDAY_2PM = Instant.parse("2026-11-20T14:00:00Z").getEpochSecond();

    @TempDir
    Path folder;

    @Test
    void theReportComesFromTheCountsSoRawEventsDeletedLeaveItWhole() throws Exception {
        try (Connection connection = UsageFiles.connect(folder)) {
            UsageMigrations.migrate(connection, ZONE, UsageMigrations.LATEST);
            UsageRepository.insert(
                    connection,
                    "test-kiosk",
                    ZONE,
                    List.of(
                            new Stamped(FRIDAY_2PM, 7, new VisitStarted()),
                            new Stamped(FRIDAY_2PM, 7, new TopicViewed("hospice-care", "planning", HowReached.TILE)),
                            new Stamped(FRIDAY_2PM, 7, new TopicViewed("hospice-care", "planning", HowReached.VOICE))));
            assertEquals(Optional.of(Instant.ofEpochSecond(FRIDAY_2PM)), UsageReportRepository.lastEvent(connection));

            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM event");
            }

            assertEquals(Optional.empty(), UsageReportRepository.lastEvent(connection));
            UsageReport report = UsageReportRepository.report(connection, FRIDAY, FRIDAY);
            assertEquals(1, report.visits());
            assertEquals(2, report.topicViews());
            assertEquals(1, report.voiceViews());
            assertEquals(List.of(new UsageReport.Count("hospice-care", 2)), report.topTopics());
            assertEquals(2, report.viewsByWeekdayHour()[4][14]); // Friday, the 14:00 hour
            assertEquals(List.of(new UsageReport.DailyCount(FRIDAY, 1, 2)), report.daily());
        }
    }

    @Test
    void anEmptyReportHasEveryDayOfTheRangeAtZero() {
        UsageReport report = UsageReportRepository.emptyReport(FRIDAY, FRIDAY.plusDays(2));
        assertEquals(0, report.visits());
        assertEquals(List.of(), report.topTopics());
        assertArrayEquals(new long[7][24], report.viewsByWeekdayHour());
        assertEquals(
                List.of(
                        new UsageReport.DailyCount(FRIDAY, 0, 0),
                        new UsageReport.DailyCount(FRIDAY.plusDays(1), 0, 0),
                        new UsageReport.DailyCount(FRIDAY.plusDays(2), 0, 0)),
                report.daily());
    }
}
