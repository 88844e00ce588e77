package org.clinic.kiosk.usage;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.clinic.kiosk.usage.UsageRepository.Stamped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The usage log's writer: a bounded queue, and one thread that stores what is queued in a single
 * transaction, at once. If the file cannot be opened or written, the batch is kept and tried again
 * every two seconds and {@link #writeProblem()} says why; retention runs while the queue is empty.
 * {@link #close()} writes what is still queued, waiting a while for a disk that fails.
 */
final class UsageWriter {

    private static final Logger LOG = LoggerFactory.getLogger(UsageWriter.class);
    private static final int MAX_BATCH = 5000;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final UsageDatabase database;
    private final String kioskName;
    private final Clock clock;
    private final int capacity;
    private final Duration closeWait;
    private final UsageRetention retention;
    private final BlockingQueue<Stamped> queue;
    private final Thread thread;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final Object progress = new Object();
    private final AtomicLong pending = new AtomicLong();
    private volatile String writeProblem;
    private volatile boolean closing;
    private Connection connection;

    /**
     * @param capacity  events that can wait in memory (queued or being written)
     * @param closeWait how long {@link #close()} keeps trying a disk that fails
     */
    UsageWriter(
            UsageDatabase database,
            String kioskName,
            Clock clock,
            int capacity,
            Duration closeWait,
            UsageRetention retention) {
        this.database = database;
        this.kioskName = kioskName;
        this.clock = clock;
        this.capacity = capacity;
        this.closeWait = closeWait;
        this.retention = retention;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = Thread.ofPlatform().name("usage-log-writer").daemon(true).unstarted(this::writeLoop);
    }

    /** Opens the file if it can (a failure is a {@link #writeProblem()}, tried again later) and starts the thread. */
    void start() {
        tryToOpen();
        thread.start();
    }

    /** Queues the event; false, and it is dropped, when the queue is full. Never blocks. */
    boolean offer(Stamped event) {
        // pending counts the events in memory, queued or being written, so the bound is exact
        if (pending.incrementAndGet() > capacity) {
            pending.decrementAndGet();
            return false;
        }
        queue.add(event); // room: pending <= capacity
        accepted.incrementAndGet();
        return true;
    }

    /** Waits until every event queued before this call is on disk; false if that took too long. */
    boolean flush(Duration timeout) throws InterruptedException {
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

    /** Writes what is queued (trying a failing disk for the close wait) and stops the thread. */
    void close() {
        closing = true;
        thread.interrupt();
        try {
            thread.join(closeWait.toMillis() + RETRY_AFTER.toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Events in memory, queued or being written. */
    long pending() {
        return pending.get();
    }

    /** Why the file cannot be opened or written now, for staff; null when it can. */
    String writeProblem() {
        return writeProblem;
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
            UsageRepository.insert(connection, kioskName, clock.getZone(), batch);
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

    private void keepTidy() {
        if (connection != null) {
            retention.keepTidy(connection);
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
