package org.clinic.kiosk.usage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention, at most every six hours, on the writer's own connection: raw events older than
 * {@code keep-raw-events} are deleted (their daily counts stay). A failure is logged and tried
 * again at the next turn; it never stops the writer.
 */
final class UsageRetention {

    static final Duration EVERY = Duration.ofHours(6);

    private static final Logger LOG = LoggerFactory.getLogger(UsageRetention.class);

    private final Duration keepRawEvents;
    private final Clock clock;
    private Instant next = Instant.MIN;

    UsageRetention(Duration keepRawEvents, Clock clock) {
        this.keepRawEvents = keepRawEvents;
        this.clock = clock;
    }

    /** Deletes the old raw events if the last turn was {@link #EVERY} ago or more (or never). */
    void keepTidy(Connection connection) {
        Instant now = clock.instant();
        if (now.isBefore(next)) {
            return;
        }
        next = now.plus(EVERY);
        try {
            long deleted = UsageRepository.deleteRawBefore(connection, now.minus(keepRawEvents), clock.getZone());
            if (deleted > 0) {
                LOG.info(
                        "Usage log retention: {} raw events older than {} deleted (their daily counts are kept)",
                        deleted,
                        keepRawEvents.toDays() + " days");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Usage log retention failed, will try again later: {}", e.getMessage());
        }
    }
}
