package org.clinic.kiosk.usage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.clinic.kiosk.usage.UsageRepository.Stamped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The anonymous usage log. {@link #record} stamps the event to the stored precision and only puts
 * it in a bounded queue, so no screen ever waits on the disk; the {@link UsageWriter}'s thread
 * stores what is queued at once, so an event is on disk well within a second. If the disk cannot
 * be written, events wait in the queue (the oldest are kept, new ones dropped and counted when it
 * is full), the writer retries, and {@link UsageReports#health()} says so. {@link #close()} writes
 * what is still queued.
 */
public final class UsageLog implements AutoCloseable {

    /**
     * @param dataDir        the folder for {@code usage.db}
     * @param kioskName      stored with each event, so files from several kiosks can be told apart
     * @param timePrecision  event times are cut down to this (a whole number of minutes that
     *                       divides a day: 1 hour by default)
     * @param keepRawEvents  raw events older than this are deleted; their daily counts stay
     * @param queueCapacity  events that can wait in memory (queued or being written) while the disk
     *                       cannot be written; more are dropped and counted
     */
    public record Options(
            Path dataDir, String kioskName, Duration timePrecision, Duration keepRawEvents, int queueCapacity) {

        public Options {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(kioskName, "kioskName");
            long seconds = timePrecision.toSeconds();
            if (seconds < 60 || seconds % 60 != 0 || Duration.ofDays(1).toSeconds() % seconds != 0) {
                throw new IllegalArgumentException("kiosk.usage.time-precision must be whole minutes that divide a day"
                        + " evenly (for example 15m, 1h or 1d), not " + timePrecision);
            }
            if (keepRawEvents.compareTo(Duration.ofDays(1)) < 0) {
                throw new IllegalArgumentException(
                        "kiosk.usage.keep-raw-events must be at least 1 day, not " + keepRawEvents);
            }
            if (queueCapacity < 1) {
                throw new IllegalArgumentException("kiosk.usage.queue-capacity must be at least 1");
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(UsageLog.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final Options options;
    private final Clock clock;
    private final UsageDatabase database;
    private final UsageWriter writer;
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closing;

    private UsageLog(Options options, Clock clock, Duration closeWait) {
        this.options = options;
        this.clock = clock;
        this.database = new UsageDatabase(options.dataDir(), clock);
        this.writer = new UsageWriter(
                database,
                options.kioskName(),
                clock,
                options.queueCapacity(),
                closeWait,
                new UsageRetention(options.keepRawEvents(), clock));
    }

    /**
     * Opens (or creates, or sets aside and recreates) the file and starts the writer. A folder that
     * cannot be written does not stop the kiosk: the log starts anyway and keeps trying.
     */
    public static UsageLog open(Options options, Clock clock) {
        return open(options, clock, CLOSE_WAIT);
    }

    /** As {@link #open(Options, Clock)}, with how long {@link #close()} waits for a disk that fails. */
    static UsageLog open(Options options, Clock clock, Duration closeWait) {
        UsageLog log = new UsageLog(options, clock, closeWait);
        log.writer.start();
        return log;
    }

    /** Notes an event for this visit, stamped now (to the stored precision). Never blocks. */
    public void record(VisitId visit, UsageEvent event) {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(event, "event");
        if (closing) {
            return;
        }
        if (!writer.offer(new Stamped(truncate(clock.instant()), visit.value(), event))
                && dropped.getAndIncrement() == 0) {
            LOG.warn(
                    "The usage queue is full ({} events): new events are dropped until the disk can be written",
                    options.queueCapacity());
        }
    }

    /** Waits until every event recorded before this call is on disk; false if that took too long. */
    public boolean flush(Duration timeout) throws InterruptedException {
        return writer.flush(timeout);
    }

    /** The staff reports and health over this log's file. */
    public UsageReports reports() {
        return new UsageReportService(database, this);
    }

    /** Stops taking events, writes what is queued (waiting up to 10 s for the disk) and closes. */
    @Override
    public void close() {
        closing = true;
        writer.close();
        long lost = writer.pending();
        if (lost > 0) {
            LOG.warn("The usage log closed with {} events it could not write: {}", lost, writer.writeProblem());
        }
    }

    long truncate(Instant instant) {
        ZonedDateTime local = instant.atZone(clock.getZone());
        long step = options.timePrecision().toSeconds();
        long second = local.toLocalTime().toSecondOfDay();
        return local.with(LocalTime.ofSecondOfDay(second - second % step)).toEpochSecond();
    }

    long queued() {
        return writer.pending();
    }

    long dropped() {
        return dropped.get();
    }

    String writeProblem() {
        return writer.writeProblem();
    }
}
