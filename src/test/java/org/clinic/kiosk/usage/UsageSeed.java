package org.clinic.kiosk.usage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.clinic.kiosk.MutableClock;
import org.clinic.kiosk.usage.UsageEvent.EndReason;
import org.clinic.kiosk.usage.UsageEvent.HowReached;
import org.clinic.kiosk.usage.UsageEvent.VoiceOutcome;

/**
 * Writes a known week of use into the app's REAL usage log (through {@link UsageLog#record}, with
 * the test clock set to each moment), so the staff screens' tests can check figures that follow
 * from these events. The days are in December 2025, which no other test writes to (the test
 * clock starts on 21 November 2026, and retention keeps 400 days). Seeding again first deletes
 * those days from the file, so the figures stay the same however often and in whichever Spring
 * context the tests seed. The test clock's zone is UTC.
 *
 * <p>The events (every time is stored to the hour):
 * <pre>
 * Mon 2025-12-01 10:25  visit 1: tile hospice-care (planning), related link palliative-care
 *                       (planning), read aloud, ended by the idle reset
 * Mon 2025-12-01 10:40  visit 2: help entry when-to-ask-for-help (coping), tile retired-topic
 *                       (planning; no longer in the catalogue), back to the welcome screen
 * Tue 2025-12-02 14:05  visit 3: question matched a topic, voice clinical-trials (treatment),
 *                       question not understood, question matched a command, read aloud, idle reset
 * Tue 2025-12-02 14:50  visit 4: tile hospice-care, text size largest, high contrast, staff took over
 * Thu 2025-12-04 10:15  visit 5: question not understood, voice hospice-care, back to welcome
 * Mon 2025-12-08 09:30  visit 6 (outside the week): tile clinical-trials
 * </pre>
 * The figures for the week 1 to 7 December, worked out by hand from the list above, are the
 * constants below.
 */
public final class UsageSeed {

    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 12, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 7);
    /** The day after the week, with one visit that the week's report must not count. */
    public static final LocalDate DAY_AFTER = LocalDate.of(2025, 12, 8);

    /** Visits 1 to 5. */
    public static final long VISITS = 5;
    /** 2 + 2 + 1 + 1 + 1. */
    public static final long TOPIC_VIEWS = 7;
    /** Visit 3's clinical-trials and visit 5's hospice-care. */
    public static final long VOICE_VIEWS = 2;

    public static final long TOUCH_VIEWS = TOPIC_VIEWS - VOICE_VIEWS;
    /** Three in visit 3, one in visit 5. */
    public static final long VOICE_QUESTIONS = 4;

    public static final long NOT_UNDERSTOOD = 2;
    public static final long READ_ALOUD = 2;
    /** Visits 1, 4 and 5; every other topic has 1. */
    public static final long HOSPICE_CARE_VIEWS = 3;
    /** hospice-care 3, palliative-care 1, retired-topic 1. */
    public static final long PLANNING_VIEWS = 5;
    /** Monday 10:00 to 11:00: visits 1 and 2 (the busiest hour). */
    public static final long MONDAY_TEN_VIEWS = 4;
    /** Tuesday 14:00 to 15:00: visits 3 and 4. */
    public static final long TUESDAY_FOURTEEN_VIEWS = 2;
    /** Thursday 10:00 to 11:00: visit 5. */
    public static final long THURSDAY_TEN_VIEWS = 1;

    private UsageSeed() {}

    /**
     * Replaces whatever the file holds for 1 to 8 December 2025 with the events above, then puts
     * the clock back where it was. Returns when every event is on disk.
     */
    public static synchronized void seed(UsageLog log, MutableClock clock, Path dataDir) throws Exception {
        flush(log);
        clearSeededDays(dataDir);
        Instant before = clock.instant();
        try {
            visit(
                    log,
                    clock,
                    "2025-12-01T10:25:00Z",
                    new UsageEvent.TopicViewed("hospice-care", "planning", HowReached.TILE),
                    new UsageEvent.TopicViewed("palliative-care", "planning", HowReached.RELATED_LINK),
                    new UsageEvent.ReadAloudUsed(),
                    new UsageEvent.VisitEnded(EndReason.IDLE_RESET));
            visit(
                    log,
                    clock,
                    "2025-12-01T10:40:00Z",
                    new UsageEvent.TopicViewed("when-to-ask-for-help", "coping", HowReached.HELP_ENTRY),
                    new UsageEvent.TopicViewed("retired-topic", "planning", HowReached.TILE),
                    new UsageEvent.VisitEnded(EndReason.HOME));
            visit(
                    log,
                    clock,
                    "2025-12-02T14:05:00Z",
                    new UsageEvent.VoiceQuestion(VoiceOutcome.MATCHED_TOPIC),
                    new UsageEvent.TopicViewed("clinical-trials", "treatment", HowReached.VOICE),
                    new UsageEvent.VoiceQuestion(VoiceOutcome.NOT_UNDERSTOOD),
                    new UsageEvent.VoiceQuestion(VoiceOutcome.MATCHED_COMMAND),
                    new UsageEvent.ReadAloudUsed(),
                    new UsageEvent.VisitEnded(EndReason.IDLE_RESET));
            visit(
                    log,
                    clock,
                    "2025-12-02T14:50:00Z",
                    new UsageEvent.TopicViewed("hospice-care", "planning", HowReached.TILE),
                    new UsageEvent.TextSizeChanged("largest"),
                    new UsageEvent.ContrastChanged(true),
                    new UsageEvent.VisitEnded(EndReason.STAFF));
            visit(
                    log,
                    clock,
                    "2025-12-04T10:15:00Z",
                    new UsageEvent.VoiceQuestion(VoiceOutcome.NOT_UNDERSTOOD),
                    new UsageEvent.TopicViewed("hospice-care", "planning", HowReached.VOICE),
                    new UsageEvent.VisitEnded(EndReason.HOME));
            visit(
                    log,
                    clock,
                    "2025-12-08T09:30:00Z",
                    new UsageEvent.TopicViewed("clinical-trials", "treatment", HowReached.TILE));
        } finally {
            clock.set(before);
        }
        flush(log);
    }

    /** One visit: started, then these events, all at this time. */
    private static void visit(UsageLog log, MutableClock clock, String at, UsageEvent... events) {
        clock.set(Instant.parse(at));
        VisitId visit = VisitId.random();
        log.record(visit, new UsageEvent.VisitStarted());
        for (UsageEvent event : events) {
            log.record(visit, event);
        }
    }

    private static void flush(UsageLog log) throws InterruptedException {
        if (!log.flush(Duration.ofSeconds(15))) {
            throw new IllegalStateException("The usage log did not write its events within 15 seconds");
        }
    }

    /** Deletes the seeded days' events and counts (left by an earlier seeding or test run). */
    private static void clearSeededDays(Path dataDir) throws SQLException {
        long from = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long to = DAY_AFTER.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:sqlite:" + dataDir.resolve(UsageDatabase.FILE_NAME).toAbsolutePath())) {
            connection.createStatement().execute("PRAGMA busy_timeout = " + UsageDatabase.BUSY_TIMEOUT_MILLIS);
            connection.setAutoCommit(false);
            try (PreparedStatement events = connection.prepareStatement("DELETE FROM event WHERE at >= ? AND at < ?");
                    PreparedStatement daily =
                            connection.prepareStatement("DELETE FROM daily_count WHERE day BETWEEN ? AND ?");
                    PreparedStatement hourly =
                            connection.prepareStatement("DELETE FROM hourly_count WHERE day BETWEEN ? AND ?")) {
                events.setLong(1, from);
                events.setLong(2, to);
                events.executeUpdate();
                for (PreparedStatement counts : new PreparedStatement[] {daily, hourly}) {
                    counts.setString(1, FIRST_DAY.toString());
                    counts.setString(2, DAY_AFTER.toString());
                    counts.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
