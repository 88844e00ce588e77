package org.clinic.kiosk.staff;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinic.kiosk.shell.KioskSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Checks staff PINs against the stored hash. Wrong PINs slow down only the source they came from
 * ({@link SignInDelays}): a patient at the kiosk's screen can make the next try there wait at most a
 * minute and never touches a staff computer's tries. The counts are kept here, not per browser, so
 * reloading the page gives no more tries. {@code staff-pin --unlock} on the kiosk machine clears every
 * wait ({@link StaffUnlock}). Each slow-down, sign-in after one and unlock is kept for the health
 * panel ({@link #recentEvents()}) and logged. Tries are checked one at a time.
 */
@Service
public class StaffLogin {

    private static final Logger LOG = LoggerFactory.getLogger(StaffLogin.class);
    private static final int EVENTS_KEPT = 20;

    /** What came of a sign-in try. */
    public sealed interface Result permits SignedIn, WrongPin, Waiting, NoPin {}

    /** The PIN was right: here is the new staff session. */
    public record SignedIn(StaffSession session) implements Result {}

    /**
     * The PIN was wrong.
     *
     * @param triesBeforeWaits wrong tries this source has left before each try must wait
     * @param nextWait         how long this source waits before its next try is checked
     */
    public record WrongPin(int triesBeforeWaits, Duration nextWait) implements Result {}

    /** This source tried again too soon after wrong PINs: nothing was checked; it can try after {@code timeLeft}. */
    public record Waiting(Duration timeLeft) implements Result {}

    /** No usable PIN is stored, so nobody can sign in; {@code problem} says why in plain words. */
    public record NoPin(String problem) implements Result {}

    /** A slow-down or unlock, for the health panel: when it began and what happened, in words. */
    public record SignInEvent(Instant at, String text) {}

    private final StaffPinFile pinFile;
    private final StaffUnlock unlock;
    private final Clock clock;
    private final Duration sessionIdle;
    private final SignInDelays delays = new SignInDelays();
    private final Deque<SignInEvent> events = new ArrayDeque<>();
    private final Map<SignInSource, SignInEvent> ongoing = new HashMap<>();

    @Autowired
    public StaffLogin(KioskSettings settings, StaffSettings staff, Clock clock) {
        this(new StaffPinFile(settings.dataDir()), new StaffUnlock(settings.dataDir()), clock, staff.idleAfter());
    }

    StaffLogin(StaffPinFile pinFile, StaffUnlock unlock, Clock clock, Duration sessionIdle) {
        this.pinFile = pinFile;
        this.unlock = unlock;
        this.clock = clock;
        this.sessionIdle = sessionIdle;
    }

    /** Checks a PIN typed at {@code from}, then overwrites the array. */
    public synchronized Result signIn(char[] pin, SignInSource from) {
        try {
            Duration wait = waitLeft(from);
            if (wait.isPositive()) {
                return new Waiting(wait);
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
            return right ? rightPin(from) : wrongPin(from);
        } finally {
            PinHash.wipe(pin);
        }
    }

    private Result rightPin(SignInSource from) {
        Optional<SignInDelays.Run> ended = delays.right(from);
        if (ongoing.remove(from) != null) {
            event(
                    null,
                    "Staff signed in from " + from.describe() + " after "
                            + ended.orElseThrow().wrong() + " wrong PINs in a row; its waits are cleared.");
        }
        LOG.info("Staff signed in from {}", from.describe());
        return new SignedIn(new StaffSession(clock, sessionIdle));
    }

    private Result wrongPin(SignInSource from) {
        Instant now = clock.instant();
        SignInDelays.Run run = delays.wrong(from, now);
        Duration next = Duration.between(now, run.notBefore());
        if (run.wrong() >= SignInDelays.FREE_TRIES) {
            String text = "Sign-in from " + from.describe() + " is slowed down: " + run.wrong()
                    + " wrong PINs in a row; the next try there waits " + words(next) + ".";
            event(from, text);
            LOG.warn("Staff sign-in: {}", text);
        }
        return new WrongPin(Math.max(0, SignInDelays.FREE_TRIES - run.wrong()), next);
    }

    /** How long {@code from} must wait before its next try is checked (zero when it need not). */
    public synchronized Duration waitLeft(SignInSource from) {
        takeUnlock();
        return delays.waitLeft(from, clock.instant());
    }

    /** The longest wait after wrong PINs from this source. */
    public static Duration longestWait(SignInSource from) {
        return SignInDelays.waitAfter(Integer.MAX_VALUE, from);
    }

    /** Slow-downs, sign-ins after them and unlocks since start-up, newest first (at most 20). */
    public synchronized List<SignInEvent> recentEvents() {
        takeUnlock();
        return List.copyOf(events);
    }

    /** Whether a PIN file exists (its content is checked only when someone signs in). */
    public boolean pinIsSet() {
        try {
            return pinFile.read().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private void takeUnlock() {
        if (unlock.take()) {
            boolean any = delays.clear();
            ongoing.clear();
            event(
                    null,
                    "Every sign-in wait was cleared by staff-pin --unlock on the kiosk machine"
                            + (any ? "." : " (none was running)."));
            LOG.warn("Staff sign-in: every wait cleared by staff-pin --unlock");
        }
    }

    /** Adds an event; one of {@code from}'s run replaces that run's earlier event, keeping its start. */
    private void event(SignInSource from, String text) {
        Instant at = clock.instant();
        if (from != null) {
            SignInEvent earlier = ongoing.get(from);
            if (earlier != null) {
                events.remove(earlier);
                at = earlier.at();
            }
        }
        SignInEvent event = new SignInEvent(at, text);
        if (from != null) {
            ongoing.put(from, event);
        }
        events.addFirst(event);
        while (events.size() > EVENTS_KEPT) {
            SignInEvent dropped = events.removeLast();
            ongoing.values().remove(dropped);
        }
    }

    /** "5 minutes", "3 minutes 20 seconds", "1 second": rounded up to the second. */
    public static String words(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        long minutes = seconds / 60;
        seconds %= 60;
        String text = minutes == 0 ? "" : minutes + (minutes == 1 ? " minute" : " minutes");
        if (seconds > 0 || minutes == 0) {
            text += (text.isEmpty() ? "" : " ") + seconds + (seconds == 1 ? " second" : " seconds");
        }
        return text;
    }
}
