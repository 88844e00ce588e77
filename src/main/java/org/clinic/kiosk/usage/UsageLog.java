package org.clinic.kiosk.usage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.clinic.kiosk.usage.UsageRepository.Stamped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The anonymous usage log. {@link #record} only puts the event in a bounded queue, so no screen
 * ever waits on the disk; one writer thread stores what is queued in a single transaction, at
 * once, so an event is on disk well within a second. If the disk cannot be written, events wait
 * in the queue (the oldest are kept, new ones dropped when it is full), the writer retries, and
 * {@link UsageReports#health()} says so. {@link #close()} writes what is still queued.
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
    private static final int MAX_BATCH = 5000;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    private static final Duration RETENTION_EVERY = Duration.ofHours(6);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final Options options;
    private final Clock clock;
    private final Duration closeWait;
    private final UsageDatabase database;
    private final BlockingQueue<Stamped> queue;
    private final Thread writer;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Object progress = new Object();
    private final AtomicLong pending = new AtomicLong();
    private volatile String writeProblem;
    private volatile boolean closing;
    private Connection connection;
    private Instant nextRetention = Instant.MIN;

    private UsageLog(Options options, Clock clock, Duration closeWait) {
        this.options = options;
        this.clock = clock;
        this.closeWait = closeWait;
        this.database = new UsageDatabase(options.dataDir(), clock);
        this.queue = new ArrayBlockingQueue<>(options.queueCapacity());
        this.writer = Thread.ofPlatform().name("usage-log-writer").daemon(true).unstarted(this::writeLoop);
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
        log.tryToOpen();
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
        // pending counts the events in memory, queued or being written, so the bound is exact
        if (pending.incrementAndGet() > options.queueCapacity()) {
            pending.decrementAndGet();
            if (dropped.getAndIncrement() == 0) {
                LOG.warn(
                        "The usage queue is full ({} events): new events are dropped until the disk can be written",
                        options.queueCapacity());
            }
            return;
        }
        queue.add(new Stamped(truncate(clock.instant()), visit.value(), event)); // room: pending <= capacity
        accepted.incrementAndGet();
    }

    /** Waits until every event recorded before this call is on disk; false if that took too long. */
    public boolean flush(Duration timeout) throws InterruptedException {
        long target = accepted.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (written.get() < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
        }
        return true;
    }

    /** The staff reports and health over this log's file. */
    public UsageReports reports() {
        return new UsageReportService(database, this);
    }

    /** Stops taking events, writes what is queued (waiting up to 10 s for the disk) and closes. */
    @Override
    public void close() {
        closing = true;
        writer.interrupt();
        try {
            writer.join(closeWait.toMillis() + RETRY_AFTER.toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long lost = pending.get();
        if (lost > 0) {
            LOG.warn("The usage log closed with {} events it could not write: {}", lost, writeProblem);
        }
    }

    long truncate(Instant instant) {
        ZonedDateTime local = instant.atZone(clock.getZone());
        long step = options.timePrecision().toSeconds();
        long second = local.toLocalTime().toSecondOfDay();
        return local.with(LocalTime.ofSecondOfDay(second - second % step)).toEpochSecond();
    }

    long queued() {
        return pending.get();
    }

    long dropped() {
        return dropped.get();
    }

    String writeProblem() {
        return writeProblem;
    }

    Options options() {
        return options;
    }

    Clock clock() {
        return clock;
    }

    private void writeLoop() {
        List<Stamped> batch = new ArrayList<>();
        long closeDeadline = 0;
        boolean deadlineSet = false;
        while (true) {
            if (closing && !deadlineSet) {
                closeDeadline = System.nanoTime() + closeWait.toNanos();
                deadlineSet = true;
            }
            if (batch.isEmpty()) {
                Stamped next = queue.poll();
                if (next == null) {
                    if (closing) {
                        break;
                    }
                    keepTidy();
                    try {
                        next = queue.poll(1, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        continue; // close() wakes the writer: go round to drain the queue and stop
                    }
                    if (next == null) {
                        continue;
                    }
                }
                batch.add(next);
                queue.drainTo(batch, MAX_BATCH - 1);
            }
            if (write(batch)) {
                written.addAndGet(batch.size());
                pending.addAndGet(-batch.size());
                batch.clear();
                synchronized (progress) {
                    progress.notifyAll();
                }
            } else if (closing && System.nanoTime() > closeDeadline) {
                break;
            } else {
                pause(RETRY_AFTER);
            }
        }
        closeConnection();
    }

    /** Stores a batch; false (batch kept for a retry) when the disk or file cannot be written. */
    private boolean write(List<Stamped> batch) {
        try {
            if (connection == null && !tryToOpen()) {
                return false;
            }
            UsageRepository.insert(connection, options.kioskName(), clock.getZone(), batch);
            if (writeProblem != null) {
                LOG.info("The usage log can write again");
                writeProblem = null;
            }
            return true;
        } catch (SQLException | RuntimeException | Error e) {
            // any failure, an Error too (a native library that will not link, memory running out
            // mid-batch): the batch is kept for the next try and the writer thread never ends
            problem("The usage log cannot write to " + database.file() + ": " + UsageDatabase.plainReason(e), e);
            closeConnection();
            return false;
        }
    }

    /** Opens the file if it is not open; false (and a health warning) if that fails. */
    private synchronized boolean tryToOpen() {
        if (connection != null) {
            return true;
        }
        try {
            connection = database.openForWriting();
            keepTidy();
            return true;
        } catch (SQLException | IOException | RuntimeException | LinkageError e) {
            // LinkageError: SQLite's native library could not be loaded; the kiosk must still start
            problem("The usage log cannot open " + database.file() + ": " + UsageDatabase.plainReason(e), e);
            return false;
        }
    }

    /** Retention, at most every few hours, on the writer's own connection. */
    private void keepTidy() {
        Instant now = clock.instant();
        if (connection == null || now.isBefore(nextRetention)) {
            return;
        }
        nextRetention = now.plus(RETENTION_EVERY);
        try {
            long deleted =
                    UsageRepository.deleteRawBefore(connection, now.minus(options.keepRawEvents()), clock.getZone());
            if (deleted > 0) {
                LOG.info(
                        "Usage log retention: {} raw events older than {} deleted (their daily counts are kept)",
                        deleted,
                        options.keepRawEvents().toDays() + " days");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Usage log retention failed, will try again later: {}", e.getMessage());
        }
    }

    private void problem(String message, Throwable e) {
        if (!message.equals(writeProblem)) {
            LOG.error(message, e);
        }
        writeProblem = message;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the usage file: {}", e.getMessage());
            }
            connection = null;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            // close() wakes the writer early: go round and try once more
        }
    }
}
