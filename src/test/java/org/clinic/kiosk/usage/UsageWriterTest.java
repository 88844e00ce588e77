package org.clinic.kiosk.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.clinic.kiosk.MutableClock;
import org.clinic.kiosk.usage.UsageEvent.VisitStarted;
import org.clinic.kiosk.usage.UsageRepository.Stamped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's queue and thread on a real SQLite file. */
class UsageWriterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T14:37:12Z"));
    private final Stamped event =
            new Stamped(Instant.parse("2026-11-20T14:00:00Z").getEpochSecond(), 7, new VisitStarted());

    @TempDir
    Path folder;

    private UsageWriter writer(Path dataDir, int capacity) {
        return new UsageWriter(
                new UsageDatabase(dataDir, clock),
                "test-kiosk",
                clock,
                capacity,
                Duration.ZERO,
                new UsageRetention(Duration.ofDays(400), clock));
    }

    @Test
    void theQueueHoldsAtMostItsCapacityAndEveryEventItTookIsWritten() throws Exception {
        UsageWriter writer = writer(folder, 2);
        assertTrue(writer.offer(event));
        assertTrue(writer.offer(event));
        assertFalse(writer.offer(event), "the third is dropped: nothing is written yet");
        assertEquals(2, writer.pending());

        writer.start();
        try {
            assertTrue(writer.flush(Duration.ofSeconds(5)));
            assertEquals(0, writer.pending());
            assertNull(writer.writeProblem());
            assertEquals(2, UsageFiles.number(folder, "SELECT COUNT(*) FROM event"));
            assertTrue(writer.offer(event), "room again once written");
        } finally {
            writer.close();
        }
        assertEquals(0, writer.pending(), "close wrote what was queued");
        assertEquals(3, UsageFiles.number(folder, "SELECT COUNT(*) FROM event"));
    }

    @Test
    void aFolderThatCannotBeMadeIsTheProblemNamedAndCloseGivesUpOnItsEvents() throws Exception {
        Path blocker = folder.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the data folder should be");
        UsageWriter writer = writer(blocker.resolve("data"), 10);
        writer.start();
        assertTrue(writer.offer(event));
        assertFalse(writer.flush(Duration.ofMillis(300)));
        assertTrue(
                writer.writeProblem().contains("the folder or file cannot be created or opened"),
                writer.writeProblem());

        writer.close();
        assertEquals(1, writer.pending(), "the event was never written");
    }
}
