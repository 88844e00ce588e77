package org.clinic.kiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.clinic.kiosk.staff.StaffPinFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffPinCommandTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int command(String stdin) throws IOException {
        return StaffPinCommand.run(
                dataDir,
                null,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void easyOrBadPinsAreRefusedWithAReason() {
        assertTrue(StaffPinFile.problem("48291".toCharArray()).orElseThrow().contains("at least 6"));
        assertTrue(StaffPinFile.problem("123456".toCharArray()).orElseThrow().contains("too easy"));
        assertTrue(StaffPinFile.problem("987654".toCharArray()).orElseThrow().contains("too easy"));
        assertTrue(StaffPinFile.problem("777777".toCharArray()).orElseThrow().contains("too easy"));
        assertTrue(StaffPinFile.problem("4829 13".toCharArray()).orElseThrow().contains("no spaces"));
        assertTrue(
                StaffPinFile.problem("x".repeat(65).toCharArray()).orElseThrow().contains("at most 64"));
        assertEquals(Optional.empty(), StaffPinFile.problem("482913".toCharArray()));
        assertEquals(Optional.empty(), StaffPinFile.problem("Correct-Horse-7".toCharArray()));
    }

    @Test
    void pipedPinIsStoredOnlyAsAHashThatOnlyTheOwnerCanRead() throws IOException {
        assertEquals(0, command("482913\n"));
        Path file = dataDir.resolve("staff-pin");
        String stored = Files.readString(file).strip();
        assertFalse(stored.contains("482913"));
        assertTrue(stored.startsWith("pbkdf2-sha256:600000:"), stored);
        assertTrue(new StaffPinFile(dataDir).matches("482913".toCharArray()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("The staff PIN is set"));
        assertFalse(Files.exists(dataDir.resolve("staff-pin.new")));
    }

    @Test
    void badPinChangesNothingAndSaysWhy() throws IOException {
        assertEquals(0, command("482913\n"));
        String before = Files.readString(dataDir.resolve("staff-pin"));
        assertEquals(1, command("1234\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("at least 6 characters. Nothing was changed."));
        assertEquals(before, Files.readString(dataDir.resolve("staff-pin")));
        assertEquals(1, command(""));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No PIN given"));
    }

    @Test
    void dataDirComesFromTheSettingsFileLikeTheRunningKiosk() throws IOException {
        assertEquals(Path.of("data"), StaffPinCommand.dataDir()); // the shipped kiosk-config/kiosk.properties
    }

    @Test
    void unlockLeavesTheRunningKioskARequestOnlyItsUserCanRead() throws IOException {
        assertEquals(0, StaffPinCommand.unlock(dataDir, new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Staff sign-in is unlocked"));
        Path request = dataDir.resolve("staff-unlock");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(request)));
    }
}
