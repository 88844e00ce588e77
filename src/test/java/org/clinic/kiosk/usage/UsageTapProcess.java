package org.clinic.kiosk.usage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.clinic.kiosk.usage.UsageEvent.HowReached;
import org.clinic.kiosk.usage.UsageEvent.TopicViewed;

/**
 * Run as a child JVM by {@link UsageImmutableFileTest}: opens a usage log in {@code args[0]}, then
 * for each line {@code tap} on stdin records 50 topic views, as patients' taps would, and prints
 * what the log says ({@code key=value} lines, then {@code done}). {@code quit} closes the log.
 */
public final class UsageTapProcess {

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemUTC();
        UsageLog log = UsageLog.open(
                new UsageLog.Options(Path.of(args[0]), "tap-test", Duration.ofHours(1), Duration.ofDays(400), 1000),
                clock,
                Duration.ZERO);
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("open");
        for (String line = commands.readLine(); line != null && !line.equals("quit"); line = commands.readLine()) {
            for (int i = 0; i < 50; i++) {
                log.record(VisitId.random(), new TopicViewed("hospice", "care", HowReached.TILE));
            }
            boolean flushed = log.flush(Duration.ofSeconds(Long.parseLong(line.substring("tap ".length()))));
            UsageHealth health = log.reports().health();
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            System.out.println("flushed=" + flushed);
            System.out.println("queued=" + health.queuedEvents());
            System.out.println("warnings=" + String.join(" | ", health.warnings()));
            try {
                System.out.println("topicViews="
                        + log.reports().report(today.minusDays(1), today).topicViews());
            } catch (IllegalStateException e) { // the staff screen shows this message
                System.out.println(
                        "topicViews=" + e.getMessage().lines().findFirst().orElse(""));
            }
            System.out.println("done");
        }
        log.close();
        System.out.println("closed");
    }
}
