package org.clinic.kiosk.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM with SIGKILL while it writes events, then opens its file: the file is sound and
 * every event recorded more than a second before the kill is there.
 */
class UsageLogCrashTest {

    @TempDir
    Path folder;

    @Test
    void sigkillWhileWritingLosesAtMostTheLastSecondAndNeverCorruptsTheFile() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        UsageWriterProcess.class.getName(),
                        folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        ConcurrentHashMap<Long, Long> recordedAt = new ConcurrentHashMap<>();
        Thread reader = Thread.ofPlatform().daemon(true).start(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.equals("open")) {
                        recordedAt.put(Long.parseLong(line), System.nanoTime());
                    }
                }
            } catch (Exception e) {
                // the pipe breaks when the child is killed
            }
        });
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (recordedAt.size() < 5000 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(1500); // keep writing a while longer, so the kill lands mid-stream
        } finally {
            long killedAt = System.nanoTime();
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, child.exitValue(), "killed by SIGKILL");
            reader.join(5000);
            recordedAt.put(-1L, killedAt);
        }
        long killedAt = recordedAt.remove(-1L);

        assertEquals(List.of("ok"), UsageFiles.column(folder, "PRAGMA integrity_check"));
        Set<Long> stored = new HashSet<>();
        for (String visit : UsageFiles.column(folder, "SELECT visit FROM event WHERE kind = 'topic_viewed'")) {
            stored.add(Long.parseLong(visit));
        }
        long olderThanASecond = 0;
        for (var entry : recordedAt.entrySet()) {
            if (killedAt - entry.getValue() > TimeUnit.SECONDS.toNanos(1)) {
                olderThanASecond++;
                assertTrue(stored.contains(entry.getKey()), "visit " + entry.getKey() + " was lost");
            }
        }
        assertTrue(olderThanASecond >= 5000, "only " + olderThanASecond + " events were old enough to check");
        // raw events and their counts were committed together
        assertEquals(
                UsageFiles.number(folder, "SELECT COUNT(*) FROM event"),
                UsageFiles.number(folder, "SELECT SUM(count) FROM daily_count"));
        System.out.printf(
                "crash test: %d visits recorded, %d stored, %d older than 1 s all stored%n",
                recordedAt.size(), stored.size(), olderThanASecond);
    }
}
