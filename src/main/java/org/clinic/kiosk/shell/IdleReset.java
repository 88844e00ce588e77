package org.clinic.kiosk.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides when a kiosk left alone should ask "Are you still there?" and when it should reset for
 * the next patient. Time comes from the injected {@link Clock}, so tests set it instead of
 * sleeping.
 */
final class IdleReset {

    /** Where a visit stands at a given moment. */
    public sealed interface Phase permits Active, Warning, Expired {}

    /** Someone touched the kiosk recently. */
    public record Active() implements Phase {}

    /** Nobody touched it for the idle time: ask, and count down the seconds left. */
    public record Warning(long secondsLeft) implements Phase {}

    /** The countdown ran out: reset for the next patient. */
    public record Expired() implements Phase {}

    private final Clock clock;
    private Duration idleAfter;
    private final Duration warningFor;
    private Instant lastActivity;

    public IdleReset(Clock clock, Duration idleAfter, Duration warningFor) {
        this.clock = clock;
        this.idleAfter = idleAfter;
        this.warningFor = warningFor;
        this.lastActivity = clock.instant();
    }

    /** From now on, ask after this long without a touch (a new screen with more or less to read). */
    public void idleAfter(Duration idleAfter) {
        this.idleAfter = idleAfter;
    }

    /** Records a touch, a key press or a navigation: the visit goes on. */
    public void activity() {
        lastActivity = clock.instant();
    }

    public Phase check() {
        Duration idle = Duration.between(lastActivity, clock.instant());
        if (idle.compareTo(idleAfter) < 0) {
            return new Active();
        }
        Duration left = idleAfter.plus(warningFor).minus(idle);
        if (left.isPositive()) {
            long seconds = (left.toMillis() + 999) / 1000;
            return new Warning(seconds);
        }
        return new Expired();
    }
}
