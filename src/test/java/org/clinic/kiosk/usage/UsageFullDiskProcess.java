package org.clinic.kiosk.usage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.clinic.kiosk.usage.UsageEvent.VisitStarted;

/**
 * Run by {@link UsageFullDiskTest} in a private mount namespace where {@code args[0]} is a tiny
 * tmpfs: fills the disk, reports what the log says, frees space, reports again. Prints
 * {@code key=value} lines.
 */
public final class UsageFullDiskProcess {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path ballast = folder.resolve("ballast");
        Files.write(ballast, new byte[768 * 1024]);
        Clock clock = Clock.systemUTC();
        UsageLog log = UsageLog.open(
                new UsageLog.Options(folder, "full-disk-test", Duration.ofHours(1), Duration.ofDays(400), 100_000),
                clock,
                Duration.ZERO);
        long slowestRecordNanos = 0;
        int recorded = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (log.writeProblem() == null && System.nanoTime() < deadline) {
            for (int i = 0; i < 200; i++) {
                long t = System.nanoTime();
                log.record(VisitId.random(), new VisitStarted());
                slowestRecordNanos = Math.max(slowestRecordNanos, System.nanoTime() - t);
                recorded++;
            }
            Thread.sleep(5);
        }
        for (int i = 0; i < 100; i++) { // the disk is full now: these must wait in memory
            long t = System.nanoTime();
            log.record(VisitId.random(), new VisitStarted());
            slowestRecordNanos = Math.max(slowestRecordNanos, System.nanoTime() - t);
            recorded++;
        }
        UsageHealth full = log.reports().health();
        System.out.println("recorded=" + recorded);
        System.out.println("slowestRecordMillis=" + slowestRecordNanos / 1_000_000);
        System.out.println("fullQueued=" + full.queuedEvents());
        System.out.println("fullWarnings=" + String.join(" | ", full.warnings()));

        Files.delete(ballast);
        boolean flushed = log.flush(Duration.ofSeconds(20));
        UsageHealth after = log.reports().health();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        System.out.println("flushedAfterFreeing=" + flushed);
        System.out.println("afterQueued=" + after.queuedEvents());
        System.out.println("afterWarnings=" + String.join(" | ", after.warnings()));
        System.out.println("storedVisits="
                + log.reports().report(today.minusDays(1), today).visits());
        log.close();
        try (Connection connection = UsageFiles.connect(folder);
                ResultSet rs = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
            System.out.println("integrity=" + (rs.next() ? rs.getString(1) : "none"));
        }
    }
}
