package org.clinic.kiosk.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The usage file's companions made unchangeable while the kiosk runs ({@code chattr +i}, as an
 * administrator or an attacker with a shell might): the writer's JVM must live on, patients notice
 * nothing, and staff see the problem. A child JVM ({@link UsageTapProcess}) holds the log, since a
 * native crash would take the test's own JVM down with it. Needs root and a file system with the
 * immutable flag (ext4, xfs, as on the kiosk's CI); elsewhere the tests are skipped with that reason.
 */
class UsageImmutableFileTest {

    @TempDir
    Path folder;

    private Process child;
    private BufferedReader output;
    private PrintWriter input;

    @BeforeEach
    void needsTheImmutableFlag() throws Exception {
        Path probe = folder.resolve("probe");
        Files.createFile(probe);
        Assumptions.assumeTrue(chattr("+i", probe), "needs root and a file system with chattr +i");
        chattr("-i", probe);
        Files.delete(probe);
    }

    @AfterEach
    void release() throws Exception {
        for (String name : new String[] {"usage.db", "usage.db-shm", "usage.db-wal", "usage.db-journal"}) {
            if (Files.exists(folder.resolve(name))) {
                chattr("-i", folder.resolve(name));
            }
        }
        if (child != null) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSharedMemoryFileMadeUnwritableWhileRunningLeavesTheWriterAlive() throws Exception {
        start();
        assertEquals("50", tap(10).get("topicViews"));

        // a -shm file is SQLite's WAL index, mapped into the process; if the kiosk made none, a
        // leftover one is planted, so the test also holds for a file an older version left behind
        Path shm = folder.resolve("usage.db-shm");
        if (!Files.exists(shm)) {
            Files.createFile(shm);
        }
        assertTrue(chattr("+i", shm));

        Map<String, String> after = tap(10);
        assertEquals("true", after.get("flushed"), after.toString());
        assertEquals("100", after.get("topicViews"), "every tap was stored: " + after);
        assertEquals("", after.get("warnings"));
        Map<String, String> again = tap(10);
        assertEquals("150", again.get("topicViews"), again.toString());
    }

    @Test
    void aDatabaseFileMadeUnwritableKeepsEventsInMemoryWarnsStaffAndCatchesUp() throws Exception {
        start();
        assertEquals("50", tap(10).get("topicViews"));

        Path file = folder.resolve("usage.db");
        assertTrue(chattr("+i", file));
        Map<String, String> stuck = tap(3);
        assertEquals("false", stuck.get("flushed"), stuck.toString());
        assertEquals("50", stuck.get("queued"), "the new taps wait in memory: " + stuck);
        assertTrue(stuck.get("warnings").startsWith("The usage log cannot"), stuck.get("warnings"));
        assertTrue(stuck.get("warnings").contains("50 waiting"), stuck.get("warnings"));

        assertTrue(chattr("-i", file));
        Map<String, String> freed = tap(15);
        assertEquals("true", freed.get("flushed"), "the writer retries every 2 seconds: " + freed);
        assertEquals("0", freed.get("queued"));
        assertEquals("", freed.get("warnings"));
        assertEquals("150", freed.get("topicViews"), "every tap was kept and written: " + freed);
    }

    private void start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        child = new ProcessBuilder(
                        java,
                        "-XX:-CreateCoredumpOnCrash",
                        "-XX:ErrorFile=" + folder.resolve("hs_err.log"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        UsageTapProcess.class.getName(),
                        folder.toString())
                .redirectError(folder.resolve("child.err").toFile())
                .start();
        output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        input = new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals("open", output.readLine());
    }

    /** Fifty taps, then waits up to {@code seconds} for them to be written; what the log says. */
    private Map<String, String> tap(int seconds) throws Exception {
        input.println("tap " + seconds);
        Map<String, String> result = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder();
        for (String line = output.readLine(); !"done".equals(line); line = output.readLine()) {
            if (line == null) {
                child.waitFor(10, TimeUnit.SECONDS);
                String crash = Files.exists(folder.resolve("hs_err.log"))
                        ? Files.readAllLines(folder.resolve("hs_err.log")).stream()
                                .filter(l -> l.startsWith("# ") && l.contains("SIG"))
                                .findFirst()
                                .orElse("")
                        : "";
                throw new AssertionError("the kiosk's JVM died (exit " + child.exitValue() + ") " + crash + "\n" + all
                        + Files.readString(folder.resolve("child.err")));
            }
            all.append(line).append('\n');
            int eq = line.indexOf('=');
            if (eq > 0) {
                result.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return result;
    }

    private static boolean chattr(String flag, Path file) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder("chattr", flag, file.toString())
                    .redirectErrorStream(true)
                    .start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false; // no chattr on this machine
        }
    }
}
