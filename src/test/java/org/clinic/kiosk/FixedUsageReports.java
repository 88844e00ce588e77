package org.clinic.kiosk;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clinic.kiosk.usage.UsageHealth;
import org.clinic.kiosk.usage.UsageReport;
import org.clinic.kiosk.usage.UsageReports;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for the SQLite usage log until it is merged: a {@code UsageReports} bean that answers
 * every range with the same known figures (and one row per day of the range for the trend), so
 * the staff views' tests can check that exactly these numbers reach the screen and the CSV. The
 * integrator replaces it with seeded data in the real log.
 */
@TestConfiguration
public class FixedUsageReports {

    public static final long VISITS = 42;
    public static final long TOPIC_VIEWS = 130;
    public static final long TOUCH_VIEWS = 118;
    public static final long VOICE_VIEWS = 12;
    public static final long VOICE_QUESTIONS = 16;
    public static final long NOT_UNDERSTOOD = 4;
    public static final long READ_ALOUD = 9;
    /** Topic ids with views; the last one is no longer in the catalogue. */
    public static final List<UsageReport.Count> TOP_TOPICS = List.of(
            new UsageReport.Count("hospice-care", 31), new UsageReport.Count("clinical-trials", 24),
            new UsageReport.Count("palliative-care", 17), new UsageReport.Count("retired-topic", 3));
    public static final List<UsageReport.Count> TOP_CATEGORIES = List.of(
            new UsageReport.Count("planning", 60), new UsageReport.Count("treatment", 40),
            new UsageReport.Count("coping", 20), new UsageReport.Count("understanding", 10));
    /** The busiest cell of the heat map: Tuesday 10:00 to 11:00. */
    public static final long TUESDAY_TEN = 12;
    public static final long MONDAY_NINE = 7;
    public static final long DATABASE_BYTES = 2_345_678;
    public static final Instant LAST_EVENT = Instant.parse("2026-11-21T08:00:00Z");
    public static final String WARNING = "The usage file was damaged. It was moved aside and a new one was started.";

    /** Every range the views asked for, oldest first. */
    public static final List<LocalDate[]> REQUESTS = new CopyOnWriteArrayList<>();

    @Bean
    public UsageReports fixedUsageReports() {
        return new UsageReports() {
            @Override
            public UsageReport report(LocalDate from, LocalDate to) {
                REQUESTS.add(new LocalDate[] {from, to});
                long[][] grid = new long[7][24];
                grid[1][10] = TUESDAY_TEN;
                grid[0][9] = MONDAY_NINE;
                List<UsageReport.DailyCount> daily = new ArrayList<>();
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    boolean last = day.equals(to);
                    daily.add(new UsageReport.DailyCount(day, last ? VISITS : 0, last ? TOPIC_VIEWS : 0));
                }
                return new UsageReport(from, to, VISITS, TOPIC_VIEWS, TOUCH_VIEWS, VOICE_VIEWS, VOICE_QUESTIONS,
                        NOT_UNDERSTOOD, READ_ALOUD, TOP_TOPICS, TOP_CATEGORIES, grid, daily);
            }

            @Override
            public UsageHealth health() {
                return new UsageHealth(Path.of("data/usage.sqlite"), DATABASE_BYTES, Optional.of(LAST_EVENT), 0,
                        List.of(WARNING));
            }
        };
    }
}
