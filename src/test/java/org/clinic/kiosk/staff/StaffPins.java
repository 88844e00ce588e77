package org.clinic.kiosk.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sets or removes the staff PIN for tests that boot the app (a cheap hash, same format). */
public final class StaffPins {

    private StaffPins() {}

    public static void set(Path dataDir, String pin) {
        try {
            new StaffPinFile(dataDir).write(PinHash.create(pin.toCharArray(), PinHash.MIN_ITERATIONS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void remove(Path dataDir) {
        try {
            Files.deleteIfExists(new StaffPinFile(dataDir).path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
