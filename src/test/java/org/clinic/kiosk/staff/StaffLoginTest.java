package org.clinic.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.clinic.kiosk.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffLoginTest {

    private static final String PIN = "482913";

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    private StaffPinFile pinFile;
    private StaffLogin login;

    @BeforeEach
    void setUp() {
        pinFile = new StaffPinFile(dataDir);
        login = new StaffLogin(pinFile, clock, Duration.ofMinutes(5));
    }

    private void setPin(String pin) throws IOException {
        pinFile.write(PinHash.create(pin.toCharArray(), 2_000)); // few iterations: the format is the same
    }

    private StaffLogin.Result signIn(String pin) {
        return login.signIn(pin.toCharArray());
    }

    @Test
    void withoutAPinNobodyGetsIn() {
        assertFalse(login.pinIsSet());
        StaffLogin.NoPin result = assertInstanceOf(StaffLogin.NoPin.class, signIn(PIN));
        assertTrue(result.problem().contains("No staff PIN"), result.problem());
        assertInstanceOf(StaffLogin.NoPin.class, signIn(""));
    }

    @Test
    void rightPinOpensASession() throws IOException {
        setPin(PIN);
        assertTrue(login.pinIsSet());
        StaffLogin.SignedIn result = assertInstanceOf(StaffLogin.SignedIn.class, signIn(PIN));
        assertTrue(result.session().isOpen());
    }

    @Test
    void fiveWrongTriesLockSignInForFiveMinutesEvenForTheRightPin() throws IOException {
        setPin(PIN);
        for (int left = 4; left >= 1; left--) {
            assertEquals(new StaffLogin.WrongPin(left), signIn("000001"));
        }
        assertEquals(new StaffLogin.LockedOut(Duration.ofMinutes(5)), signIn("000001"));
        assertEquals(Duration.ofMinutes(5), login.lockTimeLeft());

        clock.advance(Duration.ofSeconds(90));
        assertEquals(new StaffLogin.LockedOut(Duration.ofSeconds(210)), signIn(PIN));

        clock.advance(Duration.ofSeconds(209));
        assertInstanceOf(StaffLogin.LockedOut.class, signIn(PIN));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, login.lockTimeLeft());
        assertInstanceOf(StaffLogin.SignedIn.class, signIn(PIN));
    }

    @Test
    void afterALockEndsTheCountStartsAgain() throws IOException {
        setPin(PIN);
        for (int i = 0; i < 5; i++) {
            signIn("000001");
        }
        clock.advance(Duration.ofMinutes(5));
        assertEquals(new StaffLogin.WrongPin(4), signIn("000001"));
    }

    @Test
    void aRightPinResetsTheWrongCount() throws IOException {
        setPin(PIN);
        signIn("000001");
        signIn("000002");
        signIn("000003");
        assertInstanceOf(StaffLogin.SignedIn.class, signIn(PIN));
        assertEquals(new StaffLogin.WrongPin(4), signIn("000004"));
    }

    @Test
    void aNewPinWorksWithoutARestart() throws IOException {
        setPin(PIN);
        setPin("735102");
        assertEquals(new StaffLogin.WrongPin(4), signIn(PIN));
        assertInstanceOf(StaffLogin.SignedIn.class, signIn("735102"));
    }

    @Test
    void damagedPinFileLetsNobodyInAndSaysSo() throws IOException {
        Files.writeString(pinFile.path(), "482913\n");
        StaffLogin.NoPin result = assertInstanceOf(StaffLogin.NoPin.class, signIn(PIN));
        assertTrue(result.problem().contains("damaged"), result.problem());
    }

    @Test
    void thePinIsOverwrittenAfterTheCheck() throws IOException {
        setPin(PIN);
        char[] typed = PIN.toCharArray();
        login.signIn(typed);
        assertArrayEquals(new char[PIN.length()], typed);
    }

    @Test
    void staffSessionEndsAfterTheIdleTimeAndActivityKeepsItOpen() throws IOException {
        setPin(PIN);
        StaffSession session = ((StaffLogin.SignedIn) signIn(PIN)).session();
        clock.advance(Duration.ofMinutes(4));
        session.activity();
        clock.advance(Duration.ofMinutes(4));
        assertTrue(session.isOpen());
        clock.advance(Duration.ofMinutes(1));
        assertFalse(session.isOpen());
        session.activity();
        assertFalse(session.isOpen(), "an ended session does not come back");
    }

    @Test
    void endedSessionStaysClosed() throws IOException {
        setPin(PIN);
        StaffSession session = ((StaffLogin.SignedIn) signIn(PIN)).session();
        session.end();
        assertFalse(session.isOpen());
    }
}
