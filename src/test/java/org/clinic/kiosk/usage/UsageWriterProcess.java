package org.clinic.kiosk.usage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.clinic.kiosk.usage.UsageEvent.HowReached;
import org.clinic.kiosk.usage.UsageEvent.TopicViewed;
import org.clinic.kiosk.usage.UsageEvent.VisitStarted;

/**
 * Run as a child JVM by {@link UsageLogCrashTest}: records events without end, printing each
 * visit number once {@code record} has returned, until it is killed.
 */
public final class UsageWriterProcess {

    public static void main(String[] args) throws InterruptedException {
        UsageLog log = UsageLog.open(
                new UsageLog.Options(
                        Path.of(args[0]), "crash-test", Duration.ofHours(1), Duration.ofDays(400), 1_000_000),
                Clock.systemUTC());
        System.out.println("open");
        for (long visit = 1; ; visit++) {
            VisitId id = new VisitId(visit);
            log.record(id, new VisitStarted());
            log.record(id, new TopicViewed("topic-" + visit % 21, "coping", HowReached.TILE));
            System.out.println(visit);
            if (visit % 20 == 0) {
                Thread.sleep(1);
            }
        }
    }
}
