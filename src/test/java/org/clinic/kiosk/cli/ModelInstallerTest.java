package org.clinic.kiosk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.clinic.kiosk.cli.ModelInstaller.InstallException;
import org.clinic.kiosk.voice.recognition.vosk.ModelFolder;
import org.clinic.kiosk.voice.recognition.vosk.TestModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelInstallerTest {

    private static final String FOLDER = "test-model";

    @TempDir
    Path work;

    private final ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
    private final PrintStream progress = new PrintStream(progressBytes, true, StandardCharsets.UTF_8);
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private Path models() throws IOException {
        return Files.createDirectories(work.resolve("voice-models"));
    }

    /** Every file a model needs, each holding its own name and a version mark. */
    private static Map<String, byte[]> modelEntries(String version) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String file : TestModels.files()) {
            entries.put(FOLDER + "/" + file, (file + " " + version).getBytes(StandardCharsets.UTF_8));
        }
        entries.put(FOLDER + "/README", "a test model".getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static ModelManifest manifestFor(byte[] archive) throws Exception {
        return new ModelManifest(
                "test model",
                URI.create("https://example.invalid/test-model.zip"),
                archive.length,
                sha256(archive),
                "Apache-2.0",
                FOLDER);
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(work.resolve(name), bytes);
    }

    private List<String> left(Path models) throws IOException {
        try (Stream<Path> all = Files.list(models)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private InstallException fails(ModelInstaller installer, Path archive) {
        return assertThrows(InstallException.class, () -> installer.installFrom(archive));
    }

    @Test
    void aGoodArchiveIsCheckedUnpackedAndRenamedIntoPlace() throws Exception {
        byte[] archive = zip(modelEntries("v1"));
        Path models = models();
        Path installed = new ModelInstaller(models, manifestFor(archive), progress).installFrom(file("m.zip", archive));

        assertEquals(models.resolve(FOLDER), installed);
        assertTrue(ModelFolder.check(installed).isEmpty());
        assertEquals("am/final.mdl v1", Files.readString(installed.resolve("am/final.mdl")));
        assertEquals(List.of(FOLDER), left(models), "no temporary files left");
        assertTrue(progressBytes.toString(StandardCharsets.UTF_8).contains("size and SHA-256 match the manifest"));
    }

    @Test
    void aFileOfTheWrongSizeIsRefusedBeforeItsChecksum() throws Exception {
        byte[] archive = zip(modelEntries("v1"));
        byte[] cut = Arrays.copyOf(archive, 123);
        Path models = models();
        InstallException failed = fails(new ModelInstaller(models, manifestFor(archive), progress), file("m.zip", cut));
        assertEquals(
                "The file is 123 bytes but the manifest says " + archive.length
                        + ": it is not the right file or the download was cut short. Nothing was changed.",
                failed.getMessage());
        assertEquals(List.of(), left(models));

        byte[] longer = Arrays.copyOf(archive, archive.length + 5000);
        failed = fails(new ModelInstaller(models, manifestFor(archive), progress), file("m2.zip", longer));
        assertTrue(
                failed.getMessage().startsWith("The file is " + (archive.length + 1) + " bytes but the manifest says"),
                "reading stops one byte past the expected size: " + failed.getMessage());
        assertEquals(List.of(), left(models));
    }

    @Test
    void aFileWithTheWrongChecksumIsRefused() throws Exception {
        byte[] archive = zip(modelEntries("v1"));
        byte[] other = archive.clone();
        other[other.length / 2] ^= 1;
        Path models = models();
        InstallException failed =
                fails(new ModelInstaller(models, manifestFor(archive), progress), file("m.zip", other));
        assertEquals(
                "The file has the right size, but its SHA-256 checksum is " + sha256(other) + ", not "
                        + sha256(archive) + " as the manifest says: it is damaged or not the right file."
                        + " Nothing was changed.",
                failed.getMessage());
        assertEquals(List.of(), left(models));
    }

    @Test
    void pathsThatClimbOutOfTheFolderAreRefusedAndNothingIsWrittenThere() throws Exception {
        Path models = models();
        for (String evil : List.of(FOLDER + "/../../evil.txt", "/tmp/evil-" + System.nanoTime(), "..\\evil.txt")) {
            Map<String, byte[]> entries = modelEntries("v1");
            entries.put(evil, "gotcha".getBytes(StandardCharsets.UTF_8));
            byte[] archive = zip(entries);
            InstallException failed =
                    fails(new ModelInstaller(models, manifestFor(archive), progress), file("slip.zip", archive));
            assertTrue(
                    failed.getMessage().startsWith("The archive holds an unsafe path (" + evil + ")"),
                    failed.getMessage());
            assertTrue(failed.getMessage().endsWith("Nothing was changed."));
            assertFalse(Files.exists(work.resolve("evil.txt")));
            assertFalse(Files.exists(models.resolve("evil.txt")));
            assertFalse(Files.exists(Path.of(evil)));
            assertEquals(List.of(), left(models), evil);
        }
    }

    @Test
    void anArchiveThatUnpacksPastTheCapIsStoppedAndCleanedUp() throws Exception {
        Map<String, byte[]> entries = modelEntries("v1");
        entries.put(FOLDER + "/am/padding.bin", new byte[200_000]); // zeros: a tiny entry in the zip
        byte[] archive = zip(entries);
        assertTrue(archive.length < 20_000, "compresses well: " + archive.length);
        Path models = models();
        InstallException failed = fails(
                new ModelInstaller(models, manifestFor(archive), progress, 100_000, false), file("bomb.zip", archive));
        assertEquals(
                "The archive unpacks to more than 100000 bytes: it is not a speech model. Nothing was changed.",
                failed.getMessage());
        assertEquals(List.of(), left(models));
    }

    @Test
    void filesOutsideTheModelFolderAreRefused() throws Exception {
        Map<String, byte[]> entries = modelEntries("v1");
        entries.put("other-folder/x.txt", new byte[] {1});
        byte[] archive = zip(entries);
        Path models = models();
        InstallException failed =
                fails(new ModelInstaller(models, manifestFor(archive), progress), file("m.zip", archive));
        assertEquals(
                "The archive holds other-folder/x.txt outside the folder test-model: it is not the expected model."
                        + " Nothing was changed.",
                failed.getMessage());
        assertEquals(List.of(), left(models));
    }

    @Test
    void aTruncatedZipWhoseFiguresMatchIsStillRefusedWhenUnpacking() throws Exception {
        byte[] truncated = Arrays.copyOf(zip(modelEntries("v1")), 700);
        Path models = models();
        InstallException failed =
                fails(new ModelInstaller(models, manifestFor(truncated), progress), file("m.zip", truncated));
        assertTrue(
                failed.getMessage().startsWith("The archive is damaged and cannot be unpacked ("), failed.getMessage());
        assertEquals(List.of(), left(models));
    }

    @Test
    void anArchiveWithoutTheWholeModelIsRefused() throws Exception {
        Map<String, byte[]> entries = modelEntries("v1");
        entries.remove(FOLDER + "/am/final.mdl");
        byte[] archive = zip(entries);
        Path models = models();
        InstallException failed =
                fails(new ModelInstaller(models, manifestFor(archive), progress), file("m.zip", archive));
        assertEquals(
                "The archive does not hold a complete model in a folder test-model: am/final.mdl is missing."
                        + " Nothing was changed.",
                failed.getMessage());
        assertEquals(List.of(), left(models));
    }

    @Test
    void aGoodInstallIsKeptWhenANewOneFailsAndReplacedWhenANewOneWorks() throws Exception {
        byte[] first = zip(modelEntries("v1"));
        Path models = models();
        new ModelInstaller(models, manifestFor(first), progress).installFrom(file("v1.zip", first));

        Map<String, byte[]> broken = modelEntries("v2");
        broken.remove(FOLDER + "/graph/HCLr.fst");
        byte[] second = zip(broken);
        fails(new ModelInstaller(models, manifestFor(second), progress), file("v2.zip", second));
        assertEquals("am/final.mdl v1", Files.readString(models.resolve(FOLDER + "/am/final.mdl")));
        assertTrue(Files.exists(models.resolve(FOLDER + "/graph/HCLr.fst")));
        assertEquals(List.of(FOLDER), left(models));

        byte[] third = zip(modelEntries("v3"));
        new ModelInstaller(models, manifestFor(third), progress).installFrom(file("v3.zip", third));
        assertEquals("am/final.mdl v3", Files.readString(models.resolve(FOLDER + "/am/final.mdl")));
        assertEquals(List.of(FOLDER), left(models), "the old copy is gone, no temporary files");
    }

    @Test
    void aMissingFileIsSaidPlainly() throws Exception {
        Path models = models();
        InstallException failed =
                fails(new ModelInstaller(models, manifestFor(new byte[] {1}), progress), work.resolve("nothing.zip"));
        assertEquals(
                "There is no file at " + work.resolve("nothing.zip") + ". Nothing was changed.", failed.getMessage());
    }

    @Test
    void theShippedManifestHasTheIssuesFigures() throws IOException {
        ModelManifest shipped = ModelManifest.read(Path.of("voice-models/manifest.properties"));
        assertEquals(
                new ModelManifest(
                        "vosk-model-small-en-us-0.15",
                        URI.create("https://alphacephei.com/vosk/models/vosk-model-small-en-us-0.15.zip"),
                        41_205_931,
                        "30f26242c4eb449f948e42cb302dd7a686cb29a3423a8367f99ff41780942498",
                        "Apache-2.0",
                        "vosk-model-small-en-us-0.15"),
                shipped);
        assertEquals(Path.of("voice-models/vosk-model-small-en-us-0.15"), Path.of("voice-models", shipped.folder()));
    }

    private URI serve(String path, int status, byte[] body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void theDownloadPathInstallsFromAnHttpServerWithProgress() throws Exception {
        byte[] archive = zip(modelEntries("v1"));
        URI url = serve("/vosk/test-model.zip", 200, archive);
        Path models = models();
        Path installed = new ModelInstaller(models, manifestFor(archive), progress).download(url);
        assertEquals("am/final.mdl v1", Files.readString(installed.resolve("am/final.mdl")));
        String shown = progressBytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("Downloading test model from " + url), shown);
        assertTrue(shown.contains("(100%)"), shown);
        assertEquals(List.of(FOLDER), left(models));
    }

    @Test
    void aDownloadCutShortOrRefusedByTheServerChangesNothing() throws Exception {
        byte[] archive = zip(modelEntries("v1"));
        URI url = serve("/cut.zip", 200, Arrays.copyOf(archive, 1000));
        Path models = models();
        InstallException cut = assertThrows(
                InstallException.class, () -> new ModelInstaller(models, manifestFor(archive), progress).download(url));
        assertTrue(cut.getMessage().startsWith("The file is 1000 bytes but the manifest says"), cut.getMessage());
        server.stop(0);

        URI missing = serve("/gone.zip", 404, new byte[0]);
        InstallException refused =
                assertThrows(InstallException.class, () -> new ModelInstaller(models, manifestFor(archive), progress)
                        .download(missing));
        assertTrue(
                refused.getMessage().startsWith("The download server answered 404 for " + missing),
                refused.getMessage());
        assertEquals(List.of(), left(models));
    }

    @Test
    void anUnreachableAddressGivesAClearMessageAndTheOfflineWay() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/vosk-model-small-en-us-0.15.zip");
        Path models = models();
        ModelManifest manifest = ModelManifest.read(Path.of("voice-models/manifest.properties"));
        InstallException failed = assertThrows(
                InstallException.class, () -> new ModelInstaller(models, manifest, progress).download(url));
        String message = failed.getMessage();
        assertTrue(
                message.startsWith(
                        "Could not download the speech model from " + url + " (no connection to the server). "),
                message);
        assertTrue(
                message.contains("If this machine has no internet access, download " + manifest.url()
                        + " on another computer, copy it here and run ./kiosk voice-model --from FILE"),
                message);
        assertTrue(message.endsWith("Nothing was changed."), message);
        assertEquals(List.of(), left(models));
    }

    @Test
    void theCommandInstallsFromAFileAndExitsNonZeroWithTheReasonOtherwise() throws Exception {
        byte[] archive = zip(modelEntries("v1"));
        Path models = models();
        ModelManifest manifest = manifestFor(archive);
        Files.writeString(
                models.resolve("manifest.properties"),
                "name=test model\nurl=" + manifest.url() + "\nsize=" + manifest.size() + "\nsha256=" + manifest.sha256()
                        + "\nlicence=Apache-2.0\nfolder=" + FOLDER + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

        Path zip = file("m.zip", archive);
        assertEquals(0, VoiceModelCommand.run(List.of("--from", zip.toString()), models, outStream, errStream));
        assertEquals(
                "Installed test model (Apache-2.0) in " + models.resolve(FOLDER)
                        + ". Restart the kiosk to turn voice input on.\n",
                out.toString(StandardCharsets.UTF_8));

        err.reset();
        Path wrong = file("wrong.zip", new byte[123]);
        assertEquals(1, VoiceModelCommand.run(List.of("--from", wrong.toString()), models, outStream, errStream));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("The file is 123 bytes but the manifest says"));
        assertArrayEquals(
                ("am/final.mdl v1").getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(models.resolve(FOLDER + "/am/final.mdl")));

        assertEquals(2, VoiceModelCommand.run(List.of("--form", "x"), models, outStream, errStream));
        Files.delete(models.resolve("manifest.properties"));
        err.reset();
        assertEquals(1, VoiceModelCommand.run(List.of(), models, outStream, errStream));
        assertTrue(err.toString(StandardCharsets.UTF_8)
                .startsWith("There is no " + models.resolve("manifest.properties")));
    }

    // ---- voice-model --if-missing: what ./kiosk run does before it starts the kiosk ----

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A voice-models folder whose manifest describes {@code archive} at {@code url}. */
    private Path modelsFrom(URI url, byte[] archive) throws Exception {
        Path models = models();
        ModelManifest manifest = manifestFor(archive);
        Files.writeString(
                models.resolve("manifest.properties"),
                "name=test model\nurl=" + url + "\nsize=" + manifest.size() + "\nsha256=" + manifest.sha256()
                        + "\nlicence=Apache-2.0\nfolder=" + FOLDER + "\n");
        return models;
    }

    private int ifMissing(Path models, String... more) {
        List<String> args = new ArrayList<>(List.of("--if-missing"));
        args.addAll(List.of(more));
        return VoiceModelCommand.run(
                args,
                models,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/vosk-model.zip");
        }
    }

    @Test
    void whereTheAddressCannotBeReachedOneLineSaysSoAndTheKioskStartsTouchOnly() throws Exception {
        URI url = closedPort();
        Path models = modelsFrom(url, zip(modelEntries("v1")));
        int exit = ifMissing(models, "--bar");

        assertEquals(0, exit, "the kiosk still starts");
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(
                List.of("Voice input: the speech model's address " + url + " cannot be reached from here (no"
                        + " connection to the server), so the kiosk starts touch-only; install the model later with"
                        + " ./kiosk voice-model (--from FILE for a copy of the zip)."),
                err.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals(List.of("manifest.properties"), left(models), "nothing else written");
    }

    @Test
    void whereTheAddressAnswersTheModelIsInstalledFirstWithAProgressBar() throws Exception {
        byte[] archive = zip(modelEntries("v1"));
        URI url = serve("/vosk/test-model.zip", 200, archive);
        Path models = modelsFrom(url, archive);
        int exit = ifMissing(models, "--bar");

        assertEquals(0, exit);
        assertEquals("am/final.mdl v1", Files.readString(models.resolve(FOLDER + "/am/final.mdl")));
        String shown = err.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("\r" + DownloadProgress.bar(archive.length, archive.length) + "\n"), shown);
        assertTrue(
                out.toString(StandardCharsets.UTF_8).startsWith("Installed test model (Apache-2.0) in "),
                out.toString(StandardCharsets.UTF_8));

        // installed now: the next start does nothing at all, not even a connection
        server.stop(0);
        out.reset();
        err.reset();
        assertEquals(0, ifMissing(models));
        assertEquals("", out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theProgressBarFillsWithTheDownloadAndLinesAreShownElsewhere() {
        assertEquals("  [------------------------------]   0%  0.0 of 41.2 MB", DownloadProgress.bar(0, 41_205_931));
        assertEquals(
                "  [###############---------------]  50%  20.6 of 41.2 MB",
                DownloadProgress.bar(20_602_966, 41_205_931));
        assertEquals(
                "  [##############################] 100%  41.2 of 41.2 MB",
                DownloadProgress.bar(41_205_931, 41_205_931));

        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        DownloadProgress plain =
                new DownloadProgress(new PrintStream(lines, true, StandardCharsets.UTF_8), false, 1000);
        for (int received = 100; received <= 1000; received += 50) {
            plain.arrived(received);
        }
        plain.done();
        List<String> shown = lines.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(10, shown.size(), shown.toString());
        assertEquals("  0.0 of 0.0 MB (100%)", shown.getLast());
    }
}
