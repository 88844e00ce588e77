package org.clinic.kiosk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.clinic.kiosk.voice.recognition.vosk.ModelFolder;

/**
 * Puts the speech model in place: takes the archive from the internet or from a file, streams it
 * into a temporary file inside {@code voice-models/}, checks its size and SHA-256 against the
 * manifest, unpacks it safely into a temporary folder there, checks the model's files, and only
 * then swaps it in with a rename. Whatever fails, temporary files are deleted and a model already
 * installed stays as it was.
 */
final class ModelInstaller {

    /** Far above the small model's 68 MB unpacked, far below a zip bomb. */
    static final long MAX_UNPACKED_BYTES = 1024L * 1024 * 1024;

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    /** A download that receives nothing for this long is given up. */
    static final Duration STALL_TIMEOUT = Duration.ofSeconds(60);

    static final String UNCHANGED = " Nothing was changed.";

    private final Path modelsDir;
    private final ModelManifest manifest;
    private final PrintStream progress;
    private final long maxUnpackedBytes;
    private final boolean bar;

    ModelInstaller(Path modelsDir, ModelManifest manifest, PrintStream progress) {
        this(modelsDir, manifest, progress, MAX_UNPACKED_BYTES, false);
    }

    /**
     * @param maxUnpackedBytes the cap on the unpacked size (tests use a small one rather than a 1 GB zip bomb)
     * @param bar              show the download's progress as a bar redrawn in place (on a terminal)
     */
    ModelInstaller(Path modelsDir, ModelManifest manifest, PrintStream progress, long maxUnpackedBytes, boolean bar) {
        this.modelsDir = modelsDir;
        this.manifest = manifest;
        this.progress = progress;
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.bar = bar;
    }

    /** Downloads the archive from the manifest's address and installs it. */
    Path download() throws InstallException, IOException {
        return download(manifest.url(), CONNECT_TIMEOUT);
    }

    /** Downloads from {@code url} (the manifest's, or a local test server's) and installs it. */
    Path download(URI url) throws InstallException, IOException {
        return download(url, CONNECT_TIMEOUT);
    }

    /**
     * Downloads from {@code url}, giving up on a connection after {@code connectTimeout}, and
     * installs it. Says "Downloading" only once the server answered.
     *
     * @throws InstallException {@linkplain InstallException#unreachable() unreachable} when no
     *     connection could be made
     */
    Path download(URI url, Duration connectTimeout) throws InstallException, IOException {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(STALL_TIMEOUT)
                .header("User-Agent", "recurrence-kiosk voice-model")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw unreachable(url, connectTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InstallException("The download was interrupted." + UNCHANGED);
        }
        try (InputStream body = response.body()) {
            progress.println("Downloading " + manifest.name() + " from " + url + " ...");
            if (response.statusCode() != 200) {
                throw new InstallException("The download server answered " + response.statusCode() + " for " + url
                        + ", not the file. " + offline() + UNCHANGED);
            }
            return install(body, true, url.toString());
        }
    }

    /** Installs from an archive already on this machine (for clinics without internet). */
    Path installFrom(Path archive) throws InstallException {
        if (!Files.isRegularFile(archive)) {
            throw new InstallException("There is no file at " + archive + "." + UNCHANGED);
        }
        try (InputStream in = Files.newInputStream(archive)) {
            return install(in, false, archive.toString());
        } catch (IOException e) {
            throw new InstallException(
                    "The file " + archive + " could not be read (" + e.getMessage() + ")." + UNCHANGED);
        }
    }

    private InstallException unreachable(URI url, Duration connectTimeout, IOException e) {
        String why =
                switch (e) {
                    case java.net.http.HttpConnectTimeoutException t ->
                        "no answer within " + connectTimeout.toSeconds() + " seconds";
                    case java.net.http.HttpTimeoutException t ->
                        "nothing arrived within " + STALL_TIMEOUT.toSeconds() + " seconds";
                    case java.net.ConnectException c -> "no connection to the server";
                    case java.net.UnknownHostException u -> "the server's name is unknown here";
                    default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                };
        return new InstallException(
                "Could not download the speech model from " + url + " (" + why + "). " + offline() + UNCHANGED, why);
    }

    private String offline() {
        return "If this machine has no internet access, download " + manifest.url()
                + " on another computer, copy it here and run ./kiosk voice-model --from FILE"
                + " (or java -jar recurrence-kiosk.jar voice-model --from FILE).";
    }

    private Path install(InputStream in, boolean showProgress, String source) throws InstallException, IOException {
        Files.createDirectories(modelsDir);
        Path download = Files.createTempFile(modelsDir, ".download-", ".zip.part");
        Path staging = null;
        try {
            byte[] digest = copy(in, download, showProgress);
            long size = Files.size(download);
            if (size != manifest.size()) {
                throw new InstallException("The file is " + size + " bytes but the manifest says " + manifest.size()
                        + ": it is not the right file or the download was cut short." + UNCHANGED);
            }
            if (!MessageDigest.isEqual(digest, manifest.sha256Bytes())) {
                throw new InstallException("The file has the right size, but its SHA-256 checksum is "
                        + HexFormat.of().formatHex(digest) + ", not " + manifest.sha256()
                        + " as the manifest says: it is damaged or not the right file." + UNCHANGED);
            }
            staging = Files.createTempDirectory(modelsDir, ".unpack-");
            new ZipUnpacker(manifest.folder(), maxUnpackedBytes).unpack(download, staging);
            Path unpacked = staging.resolve(manifest.folder());
            Optional<ModelFolder.Problem> problem = ModelFolder.check(unpacked);
            if (problem.isPresent()) {
                throw new InstallException("The archive does not hold a complete model in a folder " + manifest.folder()
                        + ": " + problem.get().what() + "." + UNCHANGED);
            }
            Path target = modelsDir.resolve(manifest.folder());
            FolderSwap.swapIn(modelsDir, unpacked, target);
            progress.println("Checked " + source + " (size and SHA-256 match the manifest).");
            return target;
        } finally {
            Files.deleteIfExists(download);
            if (staging != null) {
                FolderSwap.deleteTree(staging);
            }
        }
    }

    /** Streams into {@code file} (never more than the manifest's size plus one byte); the SHA-256. */
    private byte[] copy(InputStream in, Path file, boolean showProgress) throws IOException, InstallException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        AtomicLong lastRead = new AtomicLong(System.nanoTime());
        AtomicBoolean done = new AtomicBoolean();
        AtomicBoolean stalled = new AtomicBoolean();
        Thread watchdog = Thread.ofVirtual().start(() -> {
            while (!done.get()) {
                if (System.nanoTime() - lastRead.get() > STALL_TIMEOUT.toNanos()) {
                    stalled.set(true);
                    try {
                        in.close();
                    } catch (IOException e) {
                        // closing is all that is wanted
                    }
                    return;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long limit = manifest.size() + 1;
        long total = 0;
        DownloadProgress shown = new DownloadProgress(progress, bar, manifest.size());
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            int read;
            while (total < limit && (read = read(in, buffer, (int) Math.min(buffer.length, limit - total))) >= 0) {
                lastRead.set(System.nanoTime());
                out.write(buffer, 0, read);
                sha256.update(buffer, 0, read);
                total += read;
                if (showProgress) {
                    shown.arrived(total);
                }
            }
        } catch (ReadFailed e) {
            if (stalled.get()) {
                throw new InstallException("The download stopped: nothing arrived for " + STALL_TIMEOUT.toSeconds()
                        + " seconds. " + offline() + UNCHANGED);
            }
            throw new InstallException("Reading the archive broke off after " + total + " bytes ("
                    + e.getCause().getMessage() + "). " + offline() + UNCHANGED);
        } finally {
            shown.done();
            done.set(true);
            watchdog.interrupt();
        }
        return sha256.digest();
    }

    private static int read(InputStream in, byte[] buffer, int length) throws ReadFailed {
        try {
            return in.read(buffer, 0, length);
        } catch (IOException e) {
            throw new ReadFailed(e);
        }
    }

    /** The source failed, rather than the disk. */
    private static final class ReadFailed extends IOException {
        ReadFailed(IOException cause) {
            super(cause);
        }
    }

    /** A failed install, with a message for the person at the command line. */
    static final class InstallException extends Exception {
        private final String unreachable;

        InstallException(String message) {
            this(message, null);
        }

        /** @param unreachable why no connection could be made, in a few words (null: it was made) */
        InstallException(String message, String unreachable) {
            super(message);
            this.unreachable = unreachable;
        }

        /** Why the download's address could not be reached; empty when the failure came later. */
        Optional<String> unreachable() {
            return Optional.ofNullable(unreachable);
        }
    }
}
