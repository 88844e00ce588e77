package org.clinic.kiosk.staff;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.clinic.kiosk.shell.KioskSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Checks staff PINs against the stored hash. Five wrong tries in a row lock sign-in for five
 * minutes for everyone (the count is kept here, not per browser, so reloading the page does not
 * give more tries). Tries are checked one at a time.
 */
@Service
public class StaffLogin {

    public static final int MAX_TRIES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(StaffLogin.class);

    /** What came of a sign-in try. */
    public sealed interface Result permits SignedIn, WrongPin, LockedOut, NoPin {}

    /** The PIN was right: here is the new staff session. */
    public record SignedIn(StaffSession session) implements Result {}

    /** The PIN was wrong; this many tries are left before the lock. */
    public record WrongPin(int triesLeft) implements Result {}

    /** Too many wrong tries: no PIN is checked until this time has passed. */
    public record LockedOut(Duration timeLeft) implements Result {}

    /** No usable PIN is stored, so nobody can sign in; {@code problem} says why in plain words. */
    public record NoPin(String problem) implements Result {}

    private final StaffPinFile pinFile;
    private final Clock clock;
    private final Duration sessionIdle;
    private int wrongTries;
    private Instant lockedUntil = Instant.EPOCH;

    @Autowired
    public StaffLogin(KioskSettings settings, StaffSettings staff, Clock clock) {
        this(new StaffPinFile(settings.dataDir()), clock, staff.idleAfter());
    }

    StaffLogin(StaffPinFile pinFile, Clock clock, Duration sessionIdle) {
        this.pinFile = pinFile;
        this.clock = clock;
        this.sessionIdle = sessionIdle;
    }

    /** Checks a PIN, then overwrites the array. */
    public synchronized Result signIn(char[] pin) {
        try {
            Duration locked = lockTimeLeft();
            if (locked.isPositive()) {
                return new LockedOut(locked);
            }
            String stored;
            try {
                var read = pinFile.read();
                if (read.isEmpty()) {
                    return new NoPin("No staff PIN has been set on this kiosk yet.");
                }
                stored = read.get();
            } catch (IOException e) {
                LOG.warn("Cannot read the staff PIN file {}: {}", pinFile.path(), e.toString());
                return new NoPin("The staff PIN file cannot be read. Set the PIN again.");
            }
            boolean right;
            try {
                right = PinHash.matches(pin, stored);
            } catch (IllegalArgumentException e) {
                LOG.warn("The staff PIN file {} is damaged: {}", pinFile.path(), e.getMessage());
                return new NoPin("The staff PIN file is damaged. Set the PIN again.");
            }
            if (right) {
                wrongTries = 0;
                LOG.info("Staff signed in");
                return new SignedIn(new StaffSession(clock, sessionIdle));
            }
            wrongTries++;
            if (wrongTries >= MAX_TRIES) {
                wrongTries = 0;
                lockedUntil = clock.instant().plus(LOCK_TIME);
                LOG.warn("Staff sign-in locked for {} minutes after {} wrong PINs", LOCK_TIME.toMinutes(), MAX_TRIES);
                return new LockedOut(LOCK_TIME);
            }
            return new WrongPin(MAX_TRIES - wrongTries);
        } finally {
            PinHash.wipe(pin);
        }
    }

    /** How long sign-in stays locked (zero when it is not locked). */
    public synchronized Duration lockTimeLeft() {
        Duration left = Duration.between(clock.instant(), lockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether a PIN file exists (its content is checked only when someone signs in). */
    public boolean pinIsSet() {
        try {
            return pinFile.read().isPresent();
        } catch (IOException e) {
            return false;
        }
    }
}
