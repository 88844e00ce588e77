package org.clinic.kiosk.usage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.clinic.kiosk.MutableClock;
import org.clinic.kiosk.usage.UsageEvent.HowReached;
import org.clinic.kiosk.usage.UsageEvent.TopicViewed;
import org.clinic.kiosk.usage.UsageEvent.VisitStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged file, a folder that cannot be written, a queue that fills up. */
class UsageFaultTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T14:37:12Z"));
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;

    private static List<Path> damaged(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("usage.db.damaged-"))
                    .filter(p -> !p.getFileName().toString().endsWith("-journal")) // kept beside its file
                    .sorted()
                    .toList();
        }
    }

    @Test
    void aGarbageFileIsKeptAsideAndANewOneStarted() throws Exception {
        byte[] garbage = "this is not a database, just some words and more words to fill a page"
                .repeat(80)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(folder.resolve("usage.db"), garbage);

        try (UsageLog log = UsageFiles.open(folder, clock)) {
            log.record(VisitId.random(), new VisitStarted());
            assertTrue(log.flush(Duration.ofSeconds(5)));

            List<Path> aside = damaged(folder);
            assertEquals(1, aside.size());
            assertEquals(
                    "usage.db.damaged-20261120-143712",
                    aside.getFirst().getFileName().toString());
            assertArrayEquals(garbage, Files.readAllBytes(aside.getFirst()));
            assertEquals(1, log.reports().report(FRIDAY, FRIDAY).visits());
            List<String> warnings = log.reports().health().warnings();
            assertEquals(1, warnings.size());
            assertTrue(
                    warnings.getFirst().contains("damaged")
                            && warnings.getFirst().contains("usage.db.damaged-20261120-143712"),
                    warnings.getFirst());
        }
        // the warning stays after a restart, as long as the damaged file is there
        try (UsageLog log = UsageFiles.open(folder, clock)) {
            assertEquals(1, log.reports().health().warnings().size());
            assertEquals(1, damaged(folder).size());
        }
    }

    @Test
    void aFileDamagedInsideIsKeptAsideToo() throws Exception {
        try (UsageLog log = UsageFiles.open(folder, clock)) {
            for (int i = 0; i < 3000; i++) {
                log.record(VisitId.random(), new TopicViewed("topic-" + (i % 50), "treatment", HowReached.TILE));
            }
            assertTrue(log.flush(Duration.ofSeconds(10)));
        }
        Path file = folder.resolve("usage.db");
        long size = Files.size(file);
        assertTrue(size > 8 * 4096, "size " + size);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            for (long page = 2; page * 4096 < size; page += 2) { // scribble over every other page but the header
                raw.seek(page * 4096 + 8);
                raw.write(new byte[200]);
            }
        }
        try (UsageLog log = UsageFiles.open(folder, clock)) {
            log.record(VisitId.random(), new VisitStarted());
            assertTrue(log.flush(Duration.ofSeconds(5)));
            assertEquals(1, damaged(folder).size());
            assertEquals(1, UsageFiles.number(folder, "SELECT COUNT(*) FROM event"));
            assertEquals(
                    "ok", UsageFiles.column(folder, "PRAGMA integrity_check").getFirst());
        }
    }

    /**
     * The process runs as root, for which file permissions do not stop writing, so the data folder
     * is one in sysfs: the kernel refuses to create files there whoever asks.
     */
    @Test
    void aFolderThatCannotBeWrittenLeavesThePatientUnaffectedAndWarnsStaff() throws Exception {
        Path readOnly = Path.of("/sys/kernel");
        assertThrows(
                IOException.class,
                () -> Files.createFile(readOnly.resolve("usage-write-probe")),
                "this test needs a folder the process cannot write to");

        UsageLog.Options options = new UsageLog.Options(readOnly, "k", Duration.ofHours(1), Duration.ofDays(400), 100);
        try (UsageLog log = UsageLog.open(options, clock, Duration.ZERO)) {
            long start = System.nanoTime();
            for (int i = 0; i < 150; i++) {
                log.record(VisitId.random(), new VisitStarted());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 200, "recording must not wait on the disk: took " + millis + " ms");
            assertFalse(log.flush(Duration.ofMillis(300)));

            UsageHealth health = log.reports().health();
            assertEquals(100, health.queuedEvents());
            assertEquals(0, health.databaseBytes());
            assertEquals(2, health.warnings().size(), health.warnings().toString());
            assertTrue(
                    health.warnings()
                            .get(0)
                            .contains("cannot open /sys/kernel/usage.db: the folder or file cannot be"
                                    + " created or opened"),
                    health.warnings().get(0));
            assertTrue(
                    health.warnings().get(0).contains("100 waiting"),
                    health.warnings().get(0));
            assertTrue(
                    health.warnings().get(1).startsWith("50 events were not kept"),
                    health.warnings().get(1));
            assertEquals(0, log.reports().report(FRIDAY, FRIDAY).visits());
        }
        assertFalse(Files.exists(readOnly.resolve("usage.db")));
    }

    @Test
    void queuedEventsAreWrittenOnceTheFolderCanBeWritten() throws Exception {
        Path blocker = folder.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the data folder should be");
        Path data = blocker.resolve("data");
        try (UsageLog log = UsageFiles.open(data, clock)) {
            for (int i = 0; i < 5; i++) {
                log.record(VisitId.random(), new VisitStarted());
            }
            assertFalse(log.flush(Duration.ofMillis(500)));
            assertEquals(5, log.reports().health().queuedEvents());
            assertEquals(1, log.reports().health().warnings().size());

            Files.delete(blocker);
            assertTrue(log.flush(Duration.ofSeconds(10)), "the writer retries every 2 seconds");
            assertEquals(5, log.reports().report(FRIDAY, FRIDAY).visits());
            UsageHealth health = log.reports().health();
            assertEquals(0, health.queuedEvents());
            assertEquals(List.of(), health.warnings());
        }
    }

    @Test
    void aFileFromANewerKioskVersionIsLeftAloneAndReported() throws Exception {
        try (java.sql.Connection connection = UsageFiles.connect(folder)) {
            UsageMigrations.migrate(connection, clock.getZone(), UsageMigrations.LATEST);
            connection.createStatement().execute("PRAGMA user_version = 99");
        }
        try (UsageLog log = UsageFiles.open(folder, clock)) {
            log.record(VisitId.random(), new VisitStarted());
            UsageHealth health = log.reports().health();
            assertEquals(1, health.warnings().size());
            assertTrue(
                    health.warnings().getFirst().contains("newer kiosk version"),
                    health.warnings().getFirst());
            assertEquals(1, health.queuedEvents());
        }
        assertEquals(List.of(), damaged(folder), "a newer file is not damaged: it must not be set aside");
        assertEquals(99, UsageFiles.number(folder, "PRAGMA user_version"));
    }
}
