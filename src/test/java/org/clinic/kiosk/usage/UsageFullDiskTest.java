package org.clinic.kiosk.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A really full disk: a child JVM runs in its own mount namespace ({@code unshare --mount}) on a
 * 1 MB tmpfs (768 KB of it ballast, freed later: room for every event recorded meanwhile), so nothing outside the test sees the mount. Needs permission to mount (root, as
 * on the kiosk's CI); elsewhere the test is skipped with that reason.
 */
class UsageFullDiskTest {

    @TempDir
    Path folder;

    private static boolean canMountPrivately() {
        try {
            Process probe = new ProcessBuilder(
                            "unshare",
                            "--mount",
                            "--propagation",
                            "private",
                            "sh",
                            "-c",
                            "mount -t tmpfs -o size=64k probe /mnt")
                    .redirectErrorStream(true)
                    .start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void aFullDiskLeavesPatientsUnaffectedWarnsStaffAndCatchesUpWhenSpaceIsFreed() throws Exception {
        Assumptions.assumeTrue(canMountPrivately(), "needs 'unshare --mount' and permission to mount a tmpfs");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        "unshare",
                        "--mount",
                        "--propagation",
                        "private",
                        "sh",
                        "-c",
                        "mount -t tmpfs -o size=1m usage-full \"$1\" && shift && exec \"$@\"",
                        "sh",
                        folder.toString(),
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        UsageFullDiskProcess.class.getName(),
                        folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), output);
        Map<String, String> result = new LinkedHashMap<>();
        output.lines()
                .filter(l -> l.contains("="))
                .forEach(l -> result.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        System.out.println("full disk test: " + result);

        assertTrue(Long.parseLong(result.get("slowestRecordMillis")) < 200, "record() waited on the disk: " + result);
        assertTrue(Long.parseLong(result.get("fullQueued")) >= 100, "events wait in memory: " + result);
        assertTrue(result.get("fullWarnings").contains("cannot write"), result.get("fullWarnings"));
        assertTrue(result.get("fullWarnings").contains("the disk is full"), result.get("fullWarnings"));
        assertEquals("true", result.get("flushedAfterFreeing"), result.toString());
        assertEquals("0", result.get("afterQueued"));
        assertEquals("", result.get("afterWarnings"));
        assertEquals(result.get("recorded"), result.get("storedVisits"), "every event was kept and written");
        assertEquals("ok", result.get("integrity"));
        assertTrue(folder.toFile().list().length == 0, "the tmpfs was private to the child");
    }
}
