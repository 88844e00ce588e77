package org.clinic.kiosk.voice.audio;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * When a browser last granted the microphone, for the staff health panel. Kept in memory only, and
 * only to the minute: it says whether the microphone works, not who spoke when.
 */
@Component
public final class MicrophoneUse {

    private final Clock clock;
    private volatile Instant last;

    public MicrophoneUse(Clock clock) {
        this.clock = clock;
    }

    /** A browser opened the microphone. */
    public void opened() {
        last = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    /** When the microphone was last opened since start-up, if it was. */
    public Optional<Instant> last() {
        return Optional.ofNullable(last);
    }
}
