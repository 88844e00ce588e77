package org.clinic.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * For browser tests of the microphone: proof that nothing audio-related is written to disk while
 * the kiosk listens. Two views, used together: {@link WriteWatch} sees every file the server's JVM
 * holds open for writing (whatever its name), and {@link #snapshot()} / {@link #writtenSince} see
 * files that grew or appeared in the folders the server could write to.
 */
public final class AudioOnDisk {

    private AudioOnDisk() {}

    /**
     * Every file this JVM (the server) holds open for writing, looked at every 10 ms in
     * {@code /proc/self/fd} while the test runs: apart from the usage log's SQLite files there
     * must be none (audio is never written, not even to a temporary file).
     */
    public static final class WriteWatch {
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        private final Thread thread;
        private volatile boolean running = true;

        /** Starts watching; first proves it sees a file this test writes. */
        public static WriteWatch start() throws IOException {
            WriteWatch watch = new WriteWatch();
            watch.provesItSeesAFileBeingWritten();
            return watch;
        }

        private WriteWatch() {
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    look();
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        private void look() {
            try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
                fds.forEach(fd -> {
                    try {
                        Path file = Files.readSymbolicLink(fd);
                        if (!file.isAbsolute() || file.startsWith("/dev") || file.startsWith("/proc")) {
                            return; // sockets, pipes, devices
                        }
                        String flags = Files.readAllLines(Path.of("/proc/self/fdinfo/" + fd.getFileName())).stream()
                                .filter(l -> l.startsWith("flags:"))
                                .findFirst()
                                .orElse("flags: 0");
                        int mode = Integer.parseInt(flags.substring(6).strip(), 8) & 3;
                        String name = file.getFileName().toString();
                        if (mode != 0 && !name.startsWith("usage.db") && Files.isRegularFile(file)) {
                            seen.add(file.toString());
                        }
                    } catch (IOException | RuntimeException e) {
                        // closed meanwhile
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A file this test opens for writing shows up, and is then forgotten: the watch works. */
        private void provesItSeesAFileBeingWritten() throws IOException {
            Path probeFile = Files.createTempFile(Path.of("target"), "write-watch", ".bin");
            try (var out = Files.newOutputStream(probeFile)) {
                out.write(1);
                long end = System.nanoTime() + 2_000_000_000L;
                while (!seen.contains(probeFile.toAbsolutePath().toString()) && System.nanoTime() < end) {
                    look();
                }
            }
            assertThat(seen).contains(probeFile.toAbsolutePath().toString());
            Files.delete(probeFile);
            seen.clear();
        }

        /** Stops watching: the files seen open for writing (the usage log's aside). */
        public Set<String> stop() {
            running = false;
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            look();
            return Set.copyOf(seen);
        }
    }

    /**
     * Files the server could have written, with their sizes: the temporary folder, the data folder
     * and the working folder (without the build's own output, which Maven and this test write, and
     * the browser's and other programs' folders in the shared temporary folder).
     */
    public static Map<Path, Long> snapshot() throws IOException {
        Map<Path, Long> sizes = new HashMap<>();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path work = Path.of("").toAbsolutePath();
        for (Path root : List.of(tmp, work, work.resolve("target/test-data"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> !excluded(root, work, f))
                        .filter(Files::isRegularFile)
                        .forEach(f -> {
                            try {
                                sizes.put(f, Files.size(f));
                            } catch (IOException e) {
                                // gone meanwhile
                            }
                        });
            } catch (UncheckedIOException e) {
                // a folder of another program vanished while walked: take what was seen
            }
        }
        return sizes;
    }

    /** Files new or grown since {@code before} (the usage log's SQLite files aside). */
    public static List<String> writtenSince(Map<Path, Long> before) throws IOException {
        List<String> written = new ArrayList<>();
        snapshot().forEach((file, size) -> {
            Long was = before.get(file);
            if ((was == null || size > was) && !file.getFileName().toString().startsWith("usage.db")) {
                written.add(file + " (" + was + " -> " + size + " bytes)");
            }
        });
        return written;
    }

    private static boolean excluded(Path root, Path work, Path file) {
        Path relative = root.relativize(file);
        String first = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
        if (root.equals(work)) {
            return first.equals(".git")
                    || (first.equals("target") && !file.startsWith(work.resolve("target/test-data")));
        }
        if (root.startsWith(work)) {
            return false;
        }
        // the shared temporary folder, where other programs write at the same time: Chromium's
        // profiles, other JVMs' perf data, Maven's console library, shells' job and log files.
        // Other checkouts' builds there (a "target" or ".git" folder) are not the server's either.
        // (The server's own writes are caught whatever their name by WriteWatch above.)
        for (Path part : relative) {
            if (part.toString().equals("target") || part.toString().equals(".git")) {
                return true;
            }
        }
        return first.startsWith(".org.chromium")
                || first.startsWith("org.chromium")
                || first.startsWith(".com.google")
                || first.startsWith("bash_tool")
                || first.startsWith("jansi")
                || (relative.getNameCount() == 1 && first.endsWith(".log"))
                || first.startsWith("scoped_dir")
                || first.startsWith("hsperfdata")
                || first.startsWith("bash_jobs")
                || first.startsWith("surefire")
                // code unpacked there by every JVM that starts (other test JVMs and builds on this
                // machine at the same time): the SQLite driver's native library and its lock,
                // Mockito's and other agents' jars. Code, not audio.
                || (relative.getNameCount() == 1
                        && (first.endsWith(".so") || first.endsWith(".so.lck") || first.endsWith(".jar")))
                || !Files.isReadable(file);
    }
}
