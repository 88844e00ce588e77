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
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffLoginTest {

    private static final String PIN = "482913";
    private static final SignInSource SCREEN = SignInSource.of("127.0.0.1");
    private static final SignInSource STAFF_COMPUTER = SignInSource.of("192.168.1.20");

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    private StaffPinFile pinFile;
    private StaffLogin login;

    @BeforeEach
    void setUp() {
        pinFile = new StaffPinFile(dataDir);
        login = new StaffLogin(pinFile, new StaffUnlock(dataDir), clock, Duration.ofMinutes(5));
    }

    private void setPin(String pin) throws IOException {
        pinFile.write(PinHash.create(pin.toCharArray(), 2_000)); // few iterations: the format is the same
    }

    /** A try at the kiosk's own screen. */
    private StaffLogin.Result signIn(String pin) {
        return login.signIn(pin.toCharArray(), SCREEN);
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
    void wrongPinsMakeTheNextTryAtTheScreenWaitLongerUpToAMinute() throws IOException {
        setPin(PIN);
        assertEquals(new StaffLogin.WrongPin(2, Duration.ZERO), signIn("000001"));
        assertEquals(new StaffLogin.WrongPin(1, Duration.ZERO), signIn("000002"));
        assertEquals(new StaffLogin.WrongPin(0, Duration.ofSeconds(1)), signIn("000003"));
        assertEquals(new StaffLogin.Waiting(Duration.ofSeconds(1)), signIn(PIN), "even the right PIN waits");
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clock.advance(login.waitLeft(SCREEN));
            waits.add(((StaffLogin.WrongPin) signIn("000004")).nextWait().toSeconds());
        }
        assertEquals(List.of(2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L), waits);
        clock.advance(Duration.ofSeconds(60));
        assertInstanceOf(StaffLogin.SignedIn.class, signIn(PIN));
        assertEquals(new StaffLogin.WrongPin(2, Duration.ZERO), signIn("000005"), "a right PIN starts the count again");
    }

    @Test
    void wrongPinsAtTheKioskScreenNeverSlowDownAStaffComputer() throws IOException {
        setPin(PIN);
        for (int i = 0; i < 30; i++) {
            clock.advance(login.waitLeft(SCREEN));
            signIn("000001");
        }
        assertEquals(Duration.ofMinutes(1), login.waitLeft(SCREEN));
        assertEquals(Duration.ZERO, login.waitLeft(STAFF_COMPUTER));
        assertInstanceOf(StaffLogin.SignedIn.class, login.signIn(PIN.toCharArray(), STAFF_COMPUTER));
        assertEquals(
                new StaffLogin.Waiting(Duration.ofMinutes(1)),
                login.signIn(PIN.toCharArray(), SignInSource.of("::1")),
                "every loopback address is the kiosk's screen");
    }

    @Test
    void anotherComputerWaitsUpToFifteenMinutesAndOnlyItself() throws IOException {
        setPin(PIN);
        for (int i = 0; i < 20; i++) {
            clock.advance(login.waitLeft(STAFF_COMPUTER));
            login.signIn("000001".toCharArray(), STAFF_COMPUTER);
        }
        assertEquals(Duration.ofMinutes(15), login.waitLeft(STAFF_COMPUTER));
        assertEquals(Duration.ZERO, login.waitLeft(SignInSource.of("192.168.1.21")));
        assertInstanceOf(StaffLogin.SignedIn.class, signIn(PIN), "the kiosk's screen is not slowed down");
    }

    @Test
    void theUnlockCommandClearsEveryWaitAndEachStepIsKeptForTheHealthPanel() throws IOException {
        setPin(PIN);
        for (int i = 0; i < 8; i++) {
            clock.advance(login.waitLeft(STAFF_COMPUTER));
            login.signIn("000001".toCharArray(), STAFF_COMPUTER);
        }
        for (int i = 0; i < 5; i++) {
            clock.advance(login.waitLeft(SCREEN));
            signIn("000001");
        }
        assertEquals(Duration.ofSeconds(4), login.waitLeft(SCREEN));
        assertEquals(Duration.ofSeconds(29), login.waitLeft(STAFF_COMPUTER));

        new StaffUnlock(dataDir).request();
        assertEquals(Duration.ZERO, login.waitLeft(SCREEN));
        assertEquals(Duration.ZERO, login.waitLeft(STAFF_COMPUTER));
        assertFalse(Files.exists(dataDir.resolve("staff-unlock")), "the request is used once");
        assertInstanceOf(StaffLogin.SignedIn.class, signIn(PIN));

        List<String> events =
                login.recentEvents().stream().map(e -> e.at() + " " + e.text()).toList();
        assertEquals(
                List.of(
                        "2026-11-21T09:00:34Z Every sign-in wait was cleared by staff-pin --unlock on the kiosk machine.",
                        "2026-11-21T09:00:31Z Sign-in from the kiosk's own screen is slowed down: 5 wrong PINs in a"
                                + " row; the next try there waits 4 seconds.",
                        "2026-11-21T09:00:00Z Sign-in from the computer at 192.168.1.20 is slowed down: 8 wrong PINs"
                                + " in a row; the next try there waits 32 seconds."),
                events);
    }

    @Test
    void aRightPinAfterASlowDownIsNoted() throws IOException {
        setPin(PIN);
        for (int i = 0; i < 3; i++) {
            signIn("000001");
        }
        clock.advance(Duration.ofSeconds(1));
        assertInstanceOf(StaffLogin.SignedIn.class, signIn(PIN));
        assertEquals(
                "Staff signed in from the kiosk's own screen after 3 wrong PINs in a row; its waits are cleared.",
                login.recentEvents().getFirst().text());
    }

    @Test
    void aNewPinWorksWithoutARestart() throws IOException {
        setPin(PIN);
        setPin("735102");
        assertEquals(new StaffLogin.WrongPin(2, Duration.ZERO), signIn(PIN));
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
        login.signIn(typed, SCREEN);
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
