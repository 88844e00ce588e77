package org.clinic.kiosk.usage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.clinic.kiosk.MutableClock;
import org.clinic.kiosk.usage.UsageEvent.ContrastChanged;
import org.clinic.kiosk.usage.UsageEvent.EndReason;
import org.clinic.kiosk.usage.UsageEvent.HowReached;
import org.clinic.kiosk.usage.UsageEvent.ReadAloudUsed;
import org.clinic.kiosk.usage.UsageEvent.TextSizeChanged;
import org.clinic.kiosk.usage.UsageEvent.TopicViewed;
import org.clinic.kiosk.usage.UsageEvent.VisitEnded;
import org.clinic.kiosk.usage.UsageEvent.VisitStarted;
import org.clinic.kiosk.usage.UsageEvent.VoiceOutcome;
import org.clinic.kiosk.usage.UsageEvent.VoiceQuestion;

/**
 * {@code ./kiosk bench usage [events]}: seeds a usage file with a year of visits (1,000,000
 * events by default) through the real writer, then times each report query, health, start-up
 * and retention, and prints the file's size. Query figures are medians of 21 runs after 3 warm-up runs.
 */
public final class UsageBenchmark {

    private static final String[] CATEGORIES = {"understanding", "treatment", "coping", "planning"};
    private static final int RUNS = 21;

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Path.of("target/usage-benchmark");
        deleteFolder(folder);
        Instant start = Instant.parse("2025-11-21T00:00:00Z");
        MutableClock clock = new MutableClock(start);
        UsageLog.Options options =
                new UsageLog.Options(folder, "benchmark", Duration.ofHours(1), Duration.ofDays(400), events + 1000);

        // ---- seeding through UsageLog.record and the writer thread ----
        SplittableRandom random = new SplittableRandom(42);
        long span = Duration.ofDays(365).toSeconds();
        long recordNanos = 0;
        int written = 0;
        long seedStart = System.nanoTime();
        try (UsageLog log = UsageLog.open(options, clock)) {
            while (written < events) {
                VisitId visit = VisitId.random();
                written += record(log, visit, new VisitStarted());
                int views = 1 + random.nextInt(6);
                for (int v = 0; v < views && written < events; v++) {
                    int topic = random.nextInt(21);
                    int how = random.nextInt(100);
                    HowReached reached = how < 60
                            ? HowReached.TILE
                            : how < 80 ? HowReached.RELATED_LINK : how < 95 ? HowReached.VOICE : HowReached.HELP_ENTRY;
                    if (reached == HowReached.VOICE) {
                        written += record(log, visit, new VoiceQuestion(VoiceOutcome.MATCHED_TOPIC));
                    }
                    written += record(log, visit, new TopicViewed("topic-" + topic, CATEGORIES[topic % 4], reached));
                }
                if (random.nextInt(100) < 15 && written < events) {
                    written += record(log, visit, new VoiceQuestion(VoiceOutcome.NOT_UNDERSTOOD));
                }
                if (random.nextInt(100) < 30 && written < events) {
                    written += record(log, visit, new ReadAloudUsed());
                }
                if (random.nextInt(100) < 10 && written < events) {
                    written += record(log, visit, new TextSizeChanged("largest"));
                }
                if (random.nextInt(100) < 5 && written < events) {
                    written += record(log, visit, new ContrastChanged(true));
                }
                if (written < events) {
                    written += record(log, visit, new VisitEnded(EndReason.IDLE_RESET));
                }
                // spread the visits evenly over a year
                long target = start.getEpochSecond() + span * written / events;
                clock.advance(
                        Duration.ofSeconds(Math.max(0, target - clock.instant().getEpochSecond())));
            }
            long recorded = System.nanoTime();
            recordNanos = recorded - seedStart;
            if (!log.flush(Duration.ofMinutes(10))) {
                throw new IllegalStateException("the writer did not finish");
            }
        }
        long seedNanos = System.nanoTime() - seedStart;
        System.out.printf(
                "usage: seeded %,d events over 365 days through UsageLog.record and the writer thread%n", written);
        System.out.printf(
                "  insert throughput: %,.0f events/s (%.1f s from the first record() until all were on"
                        + " disk; the loop making and recording the events took %.1f s of it)%n",
                written / (seedNanos / 1e9), seedNanos / 1e9, recordNanos / 1e9);
        System.out.printf(
                "  database size: %.1f MB (usage.db and its journal after close)%n",
                new UsageDatabase(folder, clock).bytesOnDisk() / 1e6);

        // ---- start-up on the full file: quick_check, migration check, retention check ----
        long[] opens = new long[5];
        for (int i = 0; i < opens.length; i++) {
            long t = System.nanoTime();
            UsageLog log = UsageLog.open(options, clock);
            opens[i] = System.nanoTime() - t;
            log.close();
        }
        System.out.printf(
                "  start-up (open, quick_check, migrations, retention check): median %.0f ms%n", median(opens) / 1e6);

        // ---- report queries ----
        try (UsageLog log = UsageLog.open(options, clock)) {
            UsageReports reports = log.reports();
            LocalDate last = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
            time("report, whole year (365 days)", () -> reports.report(last.minusDays(364), last));
            time("report, last 30 days", () -> reports.report(last.minusDays(29), last));
            time("report, one day", () -> reports.report(last, last));
            time("report, ten years (mostly empty)", () -> reports.report(last.minusDays(3650), last));
            time("health (file size, last event, warnings)", reports::health);
            UsageReport year = reports.report(last.minusDays(400), last);
            System.out.printf(
                    "  check: the year's report counts %,d visits and %,d topic views (%,d by voice)%n",
                    year.visits(), year.topicViews(), year.voiceViews());
        }

        // ---- retention: a month later, the first month's raw events pass 400 days ----
        clock.advance(Duration.ofDays(400 - 365 + 30));
        long t = System.nanoTime();
        try (UsageLog log = UsageLog.open(options, clock)) {
            long took = System.nanoTime() - t;
            System.out.printf(
                    "  retention at start-up: raw events older than 400 days deleted in %.0f ms, %,d raw"
                            + " events left%n",
                    took / 1e6, countRaw(folder));
        }
    }

    private static int record(UsageLog log, VisitId visit, UsageEvent event) {
        log.record(visit, event);
        return 1;
    }

    private static void time(String name, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get(); // warm-up: the first runs include the JIT and reading the file into the cache
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "  %-45s median %7.1f ms, slowest %7.1f ms (target under 300 ms)%n",
                name + ":", median(nanos) / 1e6, nanos[RUNS - 1] / 1e6);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long countRaw(Path folder) throws Exception {
        return UsageFiles.number(folder, "SELECT COUNT(*) FROM event");
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
