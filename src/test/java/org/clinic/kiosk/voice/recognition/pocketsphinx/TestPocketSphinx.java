package org.clinic.kiosk.voice.recognition.pocketsphinx;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;

/**
 * Debian's PocketSphinx for tests: whether it is installed, a loaded recognizer, and model folders
 * made broken on purpose. Where it is missing, tests that need it are skipped, unless {@code
 * KIOSK_REQUIRE_SPEECH=1} (CI sets it, after installing it): then they fail.
 */
public final class TestPocketSphinx {

    private TestPocketSphinx() {}

    public static boolean installed() {
        boolean library = Stream.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib")
                .anyMatch(dir -> Files.exists(Path.of(dir, "libpocketsphinx.so.3")));
        return library && new PocketSphinxModel(PocketSphinxModel.DEBIAN).found();
    }

    /** Skips the test when PocketSphinx is not installed here, or fails it where it must be. */
    public static void assumeInstalled() {
        if ("1".equals(System.getenv("KIOSK_REQUIRE_SPEECH"))) {
            assertTrue(
                    installed(),
                    "PocketSphinx must be installed here: apt-get install " + PocketSphinxRecognizer.INSTALL);
        }
        assumeTrue(installed(), "PocketSphinx is not installed: " + PocketSphinxRecognizer.INSTALL);
    }

    /** A recognizer on Debian's model, loaded (probe included); fails the test if it is not ready. */
    public static PocketSphinxRecognizer loaded() throws InterruptedException {
        assumeInstalled();
        PocketSphinxRecognizer recognizer = new PocketSphinxRecognizer(PocketSphinxModel.DEBIAN);
        recognizer.start();
        assertTrue(recognizer.awaitLoaded(Duration.ofSeconds(120)), "PocketSphinx loads within 2 minutes");
        RecognizerStatus status = recognizer.status();
        assertTrue(status.ready(), status.detail());
        return recognizer;
    }

    /**
     * A copy of Debian's model in {@code folder} (links to its files) in which {@code damaged} (a
     * path inside the model, such as {@code en-us/means}) is replaced by {@code bytes}.
     */
    public static Path damaged(Path folder, String damaged, byte[] bytes) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> old = Files.walk(folder)) {
                    old.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            PocketSphinxModel real = new PocketSphinxModel(PocketSphinxModel.DEBIAN);
            for (Path file : real.files()) {
                Path copy = folder.resolve(PocketSphinxModel.DEBIAN.relativize(file));
                Files.createDirectories(copy.getParent());
                if (PocketSphinxModel.DEBIAN.relativize(file).toString().equals(damaged)) {
                    Files.write(copy, bytes);
                } else {
                    Files.createSymbolicLink(copy, file);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
