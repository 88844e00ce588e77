package org.clinic.kiosk.voice.recognition.pocketsphinx;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.charset.StandardCharsets;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;

/**
 * Text the engine reads as a file, held in memory only (Linux {@code memfd_create}): a grammar's
 * dictionary and language model reach PocketSphinx, which reads only files, without anything
 * written to disk. Readable as {@link #path()} until closed.
 */
final class MemoryFile implements AutoCloseable {

    private interface LibC extends Library {
        int memfd_create(String name, int flags);

        long write(int fd, byte[] bytes, long count);

        int close(int fd);
    }

    private static final int MFD_CLOEXEC = 1;
    private static final LibC LIBC = Native.load("c", LibC.class);

    private final int fd;
    private boolean closed;

    private MemoryFile(int fd) {
        this.fd = fd;
    }

    static MemoryFile of(String name, String text) {
        int fd = LIBC.memfd_create(name, MFD_CLOEXEC);
        if (fd < 0) {
            throw new RecognizerException("no memory file for the engine (error " + Native.getLastError() + ")");
        }
        MemoryFile file = new MemoryFile(fd);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (LIBC.write(fd, bytes, bytes.length) != bytes.length) {
            file.close();
            throw new RecognizerException("the engine's memory file could not be filled");
        }
        return file;
    }

    /** A path the engine can open, while this is open. */
    String path() {
        return "/proc/self/fd/" + fd;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            LIBC.close(fd);
        }
    }
}
