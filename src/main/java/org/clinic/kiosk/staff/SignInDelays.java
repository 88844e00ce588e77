package org.clinic.kiosk.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Waits that grow with each wrong PIN in a row, per source, instead of a lock for everyone: the
 * first {@value #FREE_TRIES} wrong tries cost nothing, then each new try waits 1, 2, 4, 8... seconds,
 * at most {@link #SCREEN_LONGEST} at the kiosk's own screen (so staff who walk up to it get in within
 * a minute whatever a patient typed) and {@link #NETWORK_LONGEST} from another computer. A right
 * PIN clears its source; the unlock command clears all.
 */
final class SignInDelays {

    static final int FREE_TRIES = 3;
    static final Duration SCREEN_LONGEST = Duration.ofMinutes(1);
    static final Duration NETWORK_LONGEST = Duration.ofMinutes(15);
    private static final int SOURCES_KEPT = 1000;

    /**
     * Wrong PINs in a row from one source.
     *
     * @param wrong     how many
     * @param since     when the first of them was typed
     * @param notBefore when the next try may be checked
     */
    record Run(int wrong, Instant since, Instant notBefore) {}

    private final Map<SignInSource, Run> runs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SignInSource, Run> eldest) {
            return size() > SOURCES_KEPT; // a flood of sources forgets the one idle longest
        }
    };

    /** How long this source must still wait before a try is checked (zero: at once). */
    Duration waitLeft(SignInSource source, Instant now) {
        Run run = runs.get(source);
        if (run == null || !run.notBefore().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, run.notBefore());
    }

    /** Counts a wrong PIN from this source; the run so far, with when the next try may come. */
    Run wrong(SignInSource source, Instant now) {
        Run before = runs.get(source);
        int wrong = before == null ? 1 : before.wrong() + 1;
        Run run = new Run(wrong, before == null ? now : before.since(), now.plus(waitAfter(wrong, source)));
        runs.put(source, run);
        return run;
    }

    /** A right PIN from this source ends its run; the run it ended, if any. */
    Optional<Run> right(SignInSource source) {
        return Optional.ofNullable(runs.remove(source));
    }

    /** Clears every source's run; whether there was any. */
    boolean clear() {
        boolean any = !runs.isEmpty();
        runs.clear();
        return any;
    }

    /** The wait after this many wrong PINs in a row from this source. */
    static Duration waitAfter(int wrong, SignInSource source) {
        if (wrong < FREE_TRIES) {
            return Duration.ZERO;
        }
        Duration longest = source.kioskScreen() ? SCREEN_LONGEST : NETWORK_LONGEST;
        int doublings = wrong - FREE_TRIES;
        if (doublings >= 30) {
            return longest;
        }
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
