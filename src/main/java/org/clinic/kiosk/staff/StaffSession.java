package org.clinic.kiosk.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in staff member's session: open until they sign out, leave the staff area, the kiosk
 * resets for the next patient, or nobody touches the screen for the staff idle time. Only
 * {@link StaffLogin} opens one.
 */
public final class StaffSession {

    private final Clock clock;
    private final Duration idleAfter;
    private Instant lastActivity;
    private boolean ended;

    StaffSession(Clock clock, Duration idleAfter) {
        this.clock = clock;
        this.idleAfter = idleAfter;
        this.lastActivity = clock.instant();
    }

    /** A touch or a key press in the staff area: the idle time starts again. */
    public synchronized void activity() {
        if (isOpen()) {
            lastActivity = clock.instant();
        }
    }

    public synchronized boolean isOpen() {
        if (!ended && Duration.between(lastActivity, clock.instant()).compareTo(idleAfter) >= 0) {
            ended = true;
        }
        return !ended;
    }

    public synchronized void end() {
        ended = true;
    }
}
