package org.clinic.kiosk.topic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.clinic.kiosk.topic.TopicCatalog.TopicFile;

/**
 * Reads a clinic's topic override folder ({@code kiosk.content-dir}) without letting one file stop
 * or hang start-up: only regular {@code *.md} files inside the folder are read (a link is followed
 * only when it stays inside the folder), at most {@value #MAX_BYTES} bytes each, each read within
 * {@link #READ_LIMIT}. A file that breaks a rule is skipped with the reason.
 */
final class TopicOverrideFolder {

    /** Thirty times the longest built-in topic. */
    static final int MAX_BYTES = 64 * 1024;

    static final Duration READ_LIMIT = Duration.ofSeconds(2);

    /** The files read, and one line per file skipped, naming it and saying why. */
    record Contents(List<TopicFile> files, List<String> skipped) {}

    private TopicOverrideFolder() {}

    static Contents read(Path folder) {
        List<TopicFile> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return new Contents(files, skipped);
        }
        Path realFolder;
        List<Path> paths;
        try (Stream<Path> listed = Files.list(folder)) {
            realFolder = folder.toRealPath();
            paths = listed.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            skipped.add("Topic override folder " + folder + " cannot be listed (" + e.getMessage()
                    + "); using the built-in topics only");
            return new Contents(files, skipped);
        }
        for (Path path : paths) {
            try {
                files.add(new TopicFile(path.getFileName().toString(), readOne(path, realFolder), path.toString()));
            } catch (IOException e) {
                skipped.add("Skipped topic override " + path + ": " + e.getMessage());
            }
        }
        return new Contents(files, skipped);
    }

    /** The file's text; an IOException whose message says, in words, why it cannot be used. */
    private static String readOne(Path path, Path realFolder) throws IOException {
        BasicFileAttributes own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (own.isSymbolicLink()) {
            Path target;
            try {
                target = path.toRealPath();
            } catch (IOException e) {
                throw new IOException("is a link to " + Files.readSymbolicLink(path) + ", which does not exist");
            }
            if (!target.startsWith(realFolder)) {
                throw new IOException(
                        "is a link to " + target + ", outside the folder; only files in the folder are" + " read");
            }
        }
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new IOException("is not a regular file (" + kind(attributes) + ")");
        }
        if (attributes.size() > MAX_BYTES) {
            throw new IOException(tooBig(attributes.size() + " bytes"));
        }
        return readWithin(path, READ_LIMIT);
    }

    /**
     * Reads at most {@value #MAX_BYTES} bytes of UTF-8 text on a thread of its own, giving up after
     * {@code limit}: a file on a hung network disk, or swapped for a named pipe after the checks,
     * leaves that thread waiting, not start-up.
     */
    static String readWithin(Path path, Duration limit) throws IOException {
        CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        Thread.ofPlatform().name("topic-override-reader").daemon(true).start(() -> {
            try (InputStream in = Files.newInputStream(path)) {
                bytes.complete(in.readNBytes(MAX_BYTES + 1));
            } catch (IOException | RuntimeException e) {
                bytes.completeExceptionally(e);
            }
        });
        byte[] read;
        try {
            read = bytes.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("could not be read within " + limit.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new IOException("cannot be read (" + e.getCause().getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("reading was interrupted");
        }
        if (read.length > MAX_BYTES) {
            throw new IOException(tooBig("it grew while read"));
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(read))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("cannot be read as UTF-8 text");
        }
    }

    private static String tooBig(String size) {
        return "is over " + MAX_BYTES / 1024 + " KB (" + size + "); a topic file is a few KB";
    }

    private static String kind(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        return attributes.isOther() ? "a device, named pipe or socket" : "not a plain file";
    }
}
