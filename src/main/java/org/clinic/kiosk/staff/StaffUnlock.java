package org.clinic.kiosk.staff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code staff-pin --unlock} on the kiosk machine: the command leaves a request file ({@code
 * staff-unlock}) in the data folder, and the running kiosk takes it at the next sign-in try or
 * second of the sign-in screen and clears every wait. Only someone who can write the kiosk's data
 * folder, that is someone signed in to the kiosk machine, can unlock.
 */
public final class StaffUnlock {

    static final String FILE_NAME = "staff-unlock";

    private final Path file;

    public StaffUnlock(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    /** Asks the running kiosk to clear every sign-in wait. */
    public void request() throws IOException {
        PrivateFiles.write(file, "unlock\n");
    }

    /** Whether an unlock was asked for since the last call (the request is used up). */
    boolean take() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false; // cannot be removed: it would unlock again and again, so it does not count
        }
    }
}
