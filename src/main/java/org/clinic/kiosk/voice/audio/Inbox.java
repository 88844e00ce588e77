package org.clinic.kiosk.voice.audio;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A worker's queue that also knows when everything put in has been dealt with: each
 * {@link #put} counts one message as pending until the worker calls {@link #done()} for it, so
 * another thread can {@link #awaitIdle wait} for the worker to catch up. Unbounded; the caller
 * bounds what it puts in.
 */
final class Inbox<M> {

    private final LinkedBlockingQueue<M> queue = new LinkedBlockingQueue<>();
    private final Object lock = new Object();
    /** Messages put in but not yet dealt with; guarded by {@link #lock}. */
    private int pending;

    void put(M message) {
        synchronized (lock) {
            pending++;
        }
        queue.add(message);
    }

    /** The next message, or null when none came within {@code millis}. */
    M poll(long millis) throws InterruptedException {
        return queue.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** The worker has dealt with one message it polled. */
    void done() {
        synchronized (lock) {
            pending--;
            if (pending == 0) {
                lock.notifyAll();
            }
        }
    }

    /** Drops every message still waiting: they count as dealt with. */
    void clear() {
        synchronized (lock) {
            pending -= queue.size();
            queue.clear();
            if (pending == 0) {
                lock.notifyAll();
            }
        }
    }

    /**
     * Waits until every message put in so far was dealt with, {@code timeout} passed, or the
     * worker is no longer {@code alive}.
     *
     * @return whether everything was dealt with in time (or the worker is gone)
     */
    boolean awaitIdle(Duration timeout, BooleanSupplier alive) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (pending > 0 && alive.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
        return true;
    }
}
