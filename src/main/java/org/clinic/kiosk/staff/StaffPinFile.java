package org.clinic.kiosk.staff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one file that holds the staff PIN's hash ({@code staff-pin} in the data folder), readable
 * by the kiosk's own user only. The PIN itself is never stored.
 */
public final class StaffPinFile {

    static final String FILE_NAME = "staff-pin";
    public static final int MIN_LENGTH = 6;
    static final int MAX_LENGTH = 64;

    private final Path file;

    public StaffPinFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    /** The stored hash, or empty when no PIN was ever set. */
    Optional<String> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }

    /** Whether {@code pin} is the PIN whose hash this file holds (false when there is none). */
    public boolean matches(char[] pin) throws IOException {
        Optional<String> stored = read();
        return stored.isPresent() && PinHash.matches(pin, stored.get());
    }

    /** Hashes the PIN and replaces the stored hash in one atomic step. */
    public void save(char[] pin) throws IOException {
        write(PinHash.create(pin));
    }

    void write(String hash) throws IOException {
        PrivateFiles.write(file, hash + "\n");
    }

    /** Overwrites a PIN held in memory once it is no longer needed. */
    public static void wipe(char[] pin) {
        PinHash.wipe(pin);
    }

    /** Why a new PIN cannot be used, in plain words, or empty when it is fine. */
    public static Optional<String> problem(char[] pin) {
        if (pin.length < MIN_LENGTH) {
            return Optional.of("The PIN must have at least " + MIN_LENGTH + " characters.");
        }
        if (pin.length > MAX_LENGTH) {
            return Optional.of("The PIN must have at most " + MAX_LENGTH + " characters.");
        }
        for (char c : pin) {
            if (c < '!' || c > '~') {
                return Optional.of("Use only digits, letters and symbols you can type on a keyboard (no spaces).");
            }
        }
        if (isRunOrRepeat(pin)) {
            return Optional.of("The PIN is too easy to guess (one character repeated, or a run such as 123456).");
        }
        return Optional.empty();
    }

    private static boolean isRunOrRepeat(char[] pin) {
        int step = pin[1] - pin[0];
        if (Math.abs(step) > 1) {
            return false;
        }
        for (int i = 2; i < pin.length; i++) {
            if (pin[i] - pin[i - 1] != step) {
                return false;
            }
        }
        return true;
    }
}
