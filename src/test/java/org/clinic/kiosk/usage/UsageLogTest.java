package org.clinic.kiosk.usage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clinic.kiosk.MutableClock;
import org.clinic.kiosk.usage.UsageEvent.ContrastChanged;
import org.clinic.kiosk.usage.UsageEvent.EndReason;
import org.clinic.kiosk.usage.UsageEvent.HowReached;
import org.clinic.kiosk.usage.UsageEvent.ReadAloudUsed;
import org.clinic.kiosk.usage.UsageEvent.TextSizeChanged;
import org.clinic.kiosk.usage.UsageEvent.TopicViewed;
import org.clinic.kiosk.usage.UsageEvent.VisitEnded;
import org.clinic.kiosk.usage.UsageEvent.VisitStarted;
import org.clinic.kiosk.usage.UsageEvent.VoiceOutcome;
import org.clinic.kiosk.usage.UsageEvent.VoiceQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage log on a real SQLite file in a temporary folder. */
class UsageLogTest {

    /** A Friday afternoon. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T14:37:12Z"));

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;

    private void walk(UsageLog log, VisitId visit) {
        log.record(visit, new VisitStarted());
        log.record(visit, new TopicViewed("clinical-trials", "treatment", HowReached.TILE));
        log.record(visit, new TopicViewed("second-opinions", "treatment", HowReached.RELATED_LINK));
        log.record(visit, new VoiceQuestion(VoiceOutcome.MATCHED_TOPIC));
        log.record(visit, new TopicViewed("hospice-care", "planning", HowReached.VOICE));
        log.record(visit, new VoiceQuestion(VoiceOutcome.NOT_UNDERSTOOD));
        log.record(visit, new ReadAloudUsed());
        log.record(visit, new TextSizeChanged("largest"));
        log.record(visit, new ContrastChanged(true));
        log.record(visit, new VisitEnded(EndReason.IDLE_RESET));
    }

    @Test
    void eventsRoundTripIntoTheReport() throws Exception {
        try (UsageLog log = UsageFiles.open(folder, clock)) {
            walk(log, VisitId.random());
            log.record(VisitId.random(), new VisitStarted());
            log.record(VisitId.random(), new TopicViewed("clinical-trials", "treatment", HowReached.HELP_ENTRY));
            assertTrue(log.flush(Duration.ofSeconds(5)));

            UsageReport report = log.reports().report(FRIDAY, FRIDAY);
            assertEquals(2, report.visits()); // the last view came without a "visit started": only what was recorded
            assertEquals(4, report.topicViews());
            assertEquals(3, report.touchViews());
            assertEquals(1, report.voiceViews());
            assertEquals(2, report.voiceQuestions());
            assertEquals(1, report.voiceNotUnderstood());
            assertEquals(1, report.readAloudUses());
            assertEquals(0.25, report.voiceShare());
            assertEquals(0.5, report.notUnderstoodRate());
            assertEquals(
                    List.of(
                            new UsageReport.Count("clinical-trials", 2),
                            new UsageReport.Count("hospice-care", 1),
                            new UsageReport.Count("second-opinions", 1)),
                    report.topTopics());
            assertEquals(
                    List.of(new UsageReport.Count("treatment", 3), new UsageReport.Count("planning", 1)),
                    report.topCategories());
            long[][] expected = new long[7][24];
            expected[4][14] = 4; // Friday is index 4 (Monday 0); 14:37 counts in the 14:00 hour
            assertArrayEquals(expected, report.viewsByWeekdayHour());
            assertEquals(List.of(new UsageReport.DailyCount(FRIDAY, 2, 4)), report.daily());
        }
    }

    @Test
    void reportCoversEveryDayOfTheRangeAndOnlyThatRange() throws Exception {
        try (UsageLog log = UsageFiles.open(folder, clock)) {
            walk(log, VisitId.random());
            clock.advance(Duration.ofDays(2));
            walk(log, VisitId.random());
            assertTrue(log.flush(Duration.ofSeconds(5)));

            UsageReport report = log.reports().report(FRIDAY.minusDays(1), FRIDAY.plusDays(1));
            assertEquals(1, report.visits());
            assertEquals(
                    List.of(
                            new UsageReport.DailyCount(FRIDAY.minusDays(1), 0, 0),
                            new UsageReport.DailyCount(FRIDAY, 1, 3),
                            new UsageReport.DailyCount(FRIDAY.plusDays(1), 0, 0)),
                    report.daily());
            assertEquals(2, log.reports().report(FRIDAY, FRIDAY.plusDays(2)).visits());
            assertThrows(IllegalArgumentException.class, () -> log.reports().report(FRIDAY, FRIDAY.minusDays(1)));
        }
    }

    @Test
    void timeIsStoredOnlyToTheHourWithOneRandomIdPerVisit() throws Exception {
        try (UsageLog log = UsageFiles.open(folder, clock)) {
            walk(log, VisitId.random());
            walk(log, VisitId.random());
            assertTrue(log.flush(Duration.ofSeconds(5)));
        }
        long hour = Instant.parse("2026-11-20T14:00:00Z").getEpochSecond();
        assertEquals(List.of(Long.toString(hour)), UsageFiles.column(folder, "SELECT DISTINCT at FROM event"));
        assertEquals(
                List.of("2", "10"),
                UsageFiles.column(
                        folder,
                        "SELECT COUNT(DISTINCT visit) FROM event UNION ALL SELECT MAX(n) FROM"
                                + " (SELECT COUNT(*) AS n FROM event GROUP BY visit)"));
        assertEquals(List.of("test-kiosk"), UsageFiles.column(folder, "SELECT DISTINCT kiosk FROM event"));
        assertEquals(
                List.of(
                        "contrast",
                        "read_aloud",
                        "text_size",
                        "topic_viewed",
                        "visit_ended",
                        "visit_started",
                        "voice_question"),
                UsageFiles.column(folder, "SELECT DISTINCT kind FROM event ORDER BY kind"));
    }

    @Test
    void aFinerPrecisionIsHonouredInTheKiosksTimeZone() throws Exception {
        Clock india = Clock.fixed(Instant.parse("2026-11-20T14:37:12Z"), ZoneOffset.ofHoursMinutes(5, 30));
        UsageLog.Options quarter = new UsageLog.Options(folder, "k", Duration.ofMinutes(15), Duration.ofDays(400), 100);
        try (UsageLog log = UsageLog.open(quarter, india, Duration.ZERO)) {
            log.record(VisitId.random(), new VisitStarted());
            assertTrue(log.flush(Duration.ofSeconds(5)));
            // 14:37 UTC is 20:07 in UTC+5:30, cut down to 20:00 local = 14:30 UTC
            assertEquals(
                    Optional.of(Instant.parse("2026-11-20T14:30:00Z")),
                    log.reports().health().lastEvent());
            assertEquals(1, log.reports().report(FRIDAY, FRIDAY).visits());
        }
    }

    @Test
    void retentionFoldsOldRawEventsIntoTheDailyCounts() throws Exception {
        try (UsageLog log = UsageFiles.open(folder, clock)) {
            walk(log, VisitId.random());
            assertTrue(log.flush(Duration.ofSeconds(5)));
        }
        clock.advance(Duration.ofDays(401));
        try (UsageLog log = UsageFiles.open(folder, clock)) { // retention runs when the log opens
            walk(log, VisitId.random());
            assertTrue(log.flush(Duration.ofSeconds(5)));

            assertEquals(10, UsageFiles.number(folder, "SELECT COUNT(*) FROM event"));
            assertEquals(0, UsageFiles.number(folder, "SELECT COUNT(*) FROM hourly_count WHERE day = '2026-11-20'"));
            UsageReport old = log.reports().report(FRIDAY, FRIDAY);
            assertEquals(1, old.visits());
            assertEquals(3, old.topicViews());
            assertEquals(1, old.voiceViews());
            assertEquals(List.of(new UsageReport.DailyCount(FRIDAY, 1, 3)), old.daily());
            assertEquals(0, old.viewsByWeekdayHour()[4][14]); // the hour of old views is forgotten
            LocalDate today = FRIDAY.plusDays(401);
            assertEquals(
                    3,
                    log.reports()
                            .report(today, today)
                            .viewsByWeekdayHour()[today.getDayOfWeek().getValue() - 1][14]);
        }
    }

    @Test
    void anEmptyFileIsMigratedFromScratch() throws Exception {
        Files.createFile(folder.resolve("usage.db"));
        try (UsageLog log = UsageFiles.open(folder, clock)) {
            walk(log, VisitId.random());
            assertTrue(log.flush(Duration.ofSeconds(5)));
            assertEquals(1, log.reports().report(FRIDAY, FRIDAY).visits());
            assertEquals(List.of(), log.reports().health().warnings());
        }
        assertEquals(UsageMigrations.LATEST, UsageFiles.number(folder, "PRAGMA user_version"));
        // a rollback journal's mode belongs to each connection: a new one reads the default
        assertEquals("delete", UsageFiles.column(folder, "PRAGMA journal_mode").getFirst());
    }

    @Test
    void aWalFileFromAnOlderVersionKeepsItsEventsAndLeavesNoSharedMemoryFile() throws Exception {
        try (Connection connection = UsageFiles.connect(folder);
                Statement statement = connection.createStatement()) {
            statement.executeQuery("PRAGMA journal_mode = WAL").close();
            UsageMigrations.migrate(connection, clock.getZone(), UsageMigrations.LATEST);
            UsageRepository.insert(
                    connection,
                    "older",
                    clock.getZone(),
                    List.of(new UsageRepository.Stamped(clock.instant().getEpochSecond(), 7, new VisitStarted())));
        }
        try (UsageLog log = UsageFiles.open(folder, clock)) {
            walk(log, VisitId.random());
            assertTrue(log.flush(Duration.ofSeconds(5)));
            assertEquals(2, log.reports().report(FRIDAY, FRIDAY).visits());
            assertFalse(Files.exists(folder.resolve("usage.db-shm")), "no shared memory is mapped");
            assertFalse(Files.exists(folder.resolve("usage.db-wal")));
        }
        assertEquals("delete", UsageFiles.column(folder, "PRAGMA journal_mode").getFirst(), "no longer WAL");
    }

    @Test
    void aFileFromThePreviousVersionKeepsItsEventsAndGainsTheirCounts() throws Exception {
        try (Connection connection = UsageFiles.connect(folder)) {
            UsageMigrations.migrate(connection, clock.getZone(), 1);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO event (at, kiosk, visit, kind, detail, topic, category) VALUES (?, 'old', 7, ?, ?, ?, ?)")) {
                long at = Instant.parse("2026-11-20T10:00:00Z").getEpochSecond();
                for (String[] row : new String[][] {
                    {"visit_started", "", "", ""},
                    {"topic_viewed", "tile", "hospice-care", "planning"},
                    {"topic_viewed", "voice", "hospice-care", "planning"},
                    {"voice_question", "not_understood", "", ""}
                }) {
                    insert.setLong(1, at);
                    for (int i = 0; i < 4; i++) {
                        insert.setString(i + 2, row[i]);
                    }
                    insert.executeUpdate();
                }
            }
        }
        assertEquals(1, UsageFiles.number(folder, "PRAGMA user_version"));

        try (UsageLog log = UsageFiles.open(folder, clock)) {
            UsageReport report = log.reports().report(FRIDAY, FRIDAY);
            assertEquals(1, report.visits());
            assertEquals(2, report.topicViews());
            assertEquals(1, report.voiceViews());
            assertEquals(1, report.voiceNotUnderstood());
            assertEquals(List.of(new UsageReport.Count("hospice-care", 2)), report.topTopics());
            assertEquals(2, report.viewsByWeekdayHour()[4][10]);
        }
        assertEquals(2, UsageFiles.number(folder, "PRAGMA user_version"));
        assertEquals(4, UsageFiles.number(folder, "SELECT COUNT(*) FROM event"));
    }

    @Test
    void closeWritesWhatIsStillQueued() throws Exception {
        UsageLog log = UsageFiles.open(folder, clock);
        for (int i = 0; i < 2000; i++) {
            log.record(VisitId.random(), new VisitStarted());
        }
        log.close();
        assertEquals(2000, UsageFiles.number(folder, "SELECT COUNT(*) FROM event"));
        assertEquals(2000, UsageFiles.number(folder, "SELECT SUM(count) FROM daily_count"));
    }

    @Test
    void freeTextCanNeverBeStoredAsAnId() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new TopicViewed("What happens if my cancer is back?", "treatment", HowReached.VOICE));
        assertThrows(IllegalArgumentException.class, () -> new TextSizeChanged("Mary Smith"));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new TopicViewed("hospice-care", "my name is Ann", HowReached.TILE));
        assertTrue(!e.getMessage().contains("Ann"), "the message must not repeat the text: " + e.getMessage());
    }

    @Test
    void healthShowsTheFileItsSizeAndTheLastEvent() throws Exception {
        try (UsageLog log = UsageFiles.open(folder, clock)) {
            assertEquals(Optional.empty(), log.reports().health().lastEvent());
            walk(log, VisitId.random());
            assertTrue(log.flush(Duration.ofSeconds(5)));
            UsageHealth health = log.reports().health();
            assertEquals(folder.resolve("usage.db"), health.databaseFile());
            assertTrue(health.databaseBytes() > 0);
            assertEquals(Optional.of(Instant.parse("2026-11-20T14:00:00Z")), health.lastEvent());
            assertEquals(0, health.queuedEvents());
            assertEquals(List.of(), health.warnings());
        }
    }

    @Test
    void theUsageFileItsJournalAndANewFolderAreTheKiosksOnly() throws Exception {
        Path data = folder.resolve("new-data");
        try (UsageLog log = UsageFiles.open(data, clock)) {
            walk(log, VisitId.random());
            assertTrue(log.flush(Duration.ofSeconds(5)));
            assertEquals("rwx------", mode(data));
            assertEquals("rw-------", mode(data.resolve("usage.db")));
            assertEquals("rw-------", mode(data.resolve("usage.db-journal")));
        }
    }

    @Test
    void aUsageFileOthersCouldReadIsMadeTheKiosksOnly() throws Exception {
        try (UsageLog log = UsageFiles.open(folder, clock)) {
            walk(log, VisitId.random());
            assertTrue(log.flush(Duration.ofSeconds(5)));
        }
        Files.setPosixFilePermissions(folder.resolve("usage.db"), PosixFilePermissions.fromString("rw-r--r--"));
        try (UsageLog log = UsageFiles.open(folder, clock)) {
            walk(log, VisitId.random());
            assertTrue(log.flush(Duration.ofSeconds(5)));
            assertEquals(2, log.reports().report(FRIDAY, FRIDAY).visits());
        }
        assertEquals("rw-------", mode(folder.resolve("usage.db")));
    }

    private static String mode(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
