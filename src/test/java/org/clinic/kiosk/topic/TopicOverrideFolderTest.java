package org.clinic.kiosk.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic's override folder holding things that are not topic files: links to devices and to
 * files elsewhere, named pipes, huge files. Start-up goes on with the built-in topics and each
 * such file is skipped with its reason.
 */
class TopicOverrideFolderTest {

    private static final String HOSPICE = "hospice-care";

    @TempDir
    Path root;

    private Path folder() throws IOException {
        return Files.createDirectories(root.resolve("topics"));
    }

    /** A valid override of the built-in hospice topic, with the title changed. */
    private static String hospiceOverride() throws IOException {
        try (var in = TopicCatalog.class.getClassLoader().getResourceAsStream("topics/hospice-care.md")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^title: .*$", "title: \"Hospice care at our clinic\"");
        }
    }

    private static TopicCatalog loadWithin(Path folder) {
        return assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> TopicCatalog.load(folder), "start-up hung on the override folder");
    }

    private static void mkfifo(Path path) throws Exception {
        Process process = new ProcessBuilder("mkfifo", path.toString()).start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0)
                .as("mkfifo")
                .isTrue();
    }

    @Test
    void aLinkToDevZeroIsRefusedWithoutBeingRead() throws IOException {
        Path folder = folder();
        Files.createSymbolicLink(folder.resolve("endless.md"), Path.of("/dev/zero"));
        Files.writeString(folder.resolve("hospice-care.md"), hospiceOverride());

        TopicCatalog catalog = loadWithin(folder);

        assertThat(catalog.byId(HOSPICE).orElseThrow().title()).isEqualTo("Hospice care at our clinic");
        assertThat(TopicOverrideFolder.read(folder).skipped())
                .containsExactly("Skipped topic override " + folder.resolve("endless.md")
                        + ": is a link to /dev/zero, outside the folder; only files in the folder are read");
    }

    @Test
    void aNamedPipeDoesNotHangStartUp() throws Exception {
        Path folder = folder();
        mkfifo(folder.resolve("pipe.md"));

        TopicCatalog catalog = loadWithin(folder);

        assertThat(catalog.byId(HOSPICE)).isPresent();
        assertThat(TopicOverrideFolder.read(folder).skipped())
                .containsExactly("Skipped topic override " + folder.resolve("pipe.md")
                        + ": is not a regular file (a device, named pipe or socket)");
    }

    @Test
    void aReadThatDoesNotFinishIsAbandonedAfterTheTimeLimit() throws Exception {
        Path pipe = folder().resolve("swapped.md"); // as if swapped for a pipe after the checks
        mkfifo(pipe);
        long start = System.nanoTime();
        IOException e =
                assertThrows(IOException.class, () -> TopicOverrideFolder.readWithin(pipe, Duration.ofMillis(300)));
        assertThat(e).hasMessage("could not be read within 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aLinkToATopicFileOutsideTheFolderIsRefusedAndNamed() throws IOException {
        Path folder = folder();
        Path outside = Files.writeString(root.resolve("elsewhere.md"), hospiceOverride());
        Files.createSymbolicLink(folder.resolve("hospice-care.md"), outside);

        TopicCatalog catalog = loadWithin(folder);

        assertThat(catalog.byId(HOSPICE).orElseThrow().title())
                .as("the built-in topic stays in service")
                .isNotEqualTo("Hospice care at our clinic");
        assertThat(TopicOverrideFolder.read(folder).skipped())
                .containsExactly("Skipped topic override " + folder.resolve("hospice-care.md") + ": is a link to "
                        + outside.toRealPath() + ", outside the folder; only files in the folder are read");
    }

    @Test
    void aLinkToAFileInsideTheFolderIsRead() throws IOException {
        Path folder = folder();
        Path versions = Files.createDirectories(folder.resolve("versions"));
        Files.writeString(versions.resolve("hospice-2026.md.txt"), hospiceOverride());
        Files.createSymbolicLink(folder.resolve("hospice-care.md"), Path.of("versions/hospice-2026.md.txt"));

        assertThat(loadWithin(folder).byId(HOSPICE).orElseThrow().title()).isEqualTo("Hospice care at our clinic");
        assertThat(TopicOverrideFolder.read(folder).skipped()).isEmpty();
    }

    @Test
    void aFileOverTheSizeCapIsSkippedWithItsSize() throws IOException {
        Path folder = folder();
        String padded = hospiceOverride() + "\nA plain line to make the file long.\n".repeat(2000);
        Files.writeString(folder.resolve("hospice-care.md"), padded);

        TopicCatalog catalog = loadWithin(folder);

        assertThat(catalog.byId(HOSPICE).orElseThrow().title()).isNotEqualTo("Hospice care at our clinic");
        assertThat(TopicOverrideFolder.read(folder).skipped())
                .containsExactly("Skipped topic override " + folder.resolve("hospice-care.md") + ": is over 64 KB ("
                        + Files.size(folder.resolve("hospice-care.md")) + " bytes); a topic file is a few KB");
    }

    @Test
    void aFolderOrTextThatIsNotUtf8IsSkippedWithItsReason() throws IOException {
        Path folder = folder();
        Files.createDirectories(folder.resolve("drafts.md"));
        Files.write(
                folder.resolve("latin1.md"), "title: Caf\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        List<String> skipped = TopicOverrideFolder.read(folder).skipped();

        assertThat(skipped)
                .containsExactly(
                        "Skipped topic override " + folder.resolve("drafts.md") + ": is not a regular file (a folder)",
                        "Skipped topic override " + folder.resolve("latin1.md") + ": cannot be read as UTF-8 text");
    }
}
