package org.clinic.kiosk.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.clinic.kiosk.usage.UsageEvent.ContrastChanged;
import org.clinic.kiosk.usage.UsageEvent.HelpCardOpened;
import org.clinic.kiosk.usage.UsageEvent.ReadAloudUsed;
import org.clinic.kiosk.usage.UsageEvent.TextSizeChanged;
import org.clinic.kiosk.usage.UsageEvent.TopicViewed;
import org.clinic.kiosk.usage.UsageEvent.VisitEnded;
import org.clinic.kiosk.usage.UsageEvent.VisitStarted;
import org.clinic.kiosk.usage.UsageEvent.VoiceQuestion;

/**
 * SQL that writes the usage file: adding events with their counts, and retention. The staff's
 * reads are {@link UsageReportRepository}'s.
 */
final class UsageRepository {

    static final String VISIT_STARTED = "visit_started";
    static final String VISIT_ENDED = "visit_ended";
    static final String TOPIC_VIEWED = "topic_viewed";
    static final String VOICE_QUESTION = "voice_question";
    static final String READ_ALOUD = "read_aloud";
    static final String TEXT_SIZE = "text_size";
    static final String CONTRAST = "contrast";
    static final String HELP_CARD_OPENED = "help_card_opened";

    /** An event ready to store: its truncated time and its visit. */
    record Stamped(long epochSecond, long visit, UsageEvent event) {}

    private UsageRepository() {}

    static UsageCounts.Row row(UsageEvent event) {
        return switch (event) {
            case VisitStarted s -> new UsageCounts.Row(VISIT_STARTED, "", "", "");
            case VisitEnded e -> new UsageCounts.Row(VISIT_ENDED, lower(e.reason()), "", "");
            case TopicViewed t -> new UsageCounts.Row(TOPIC_VIEWED, lower(t.how()), t.topicId(), t.categoryId());
            case VoiceQuestion q -> new UsageCounts.Row(VOICE_QUESTION, lower(q.outcome()), "", "");
            case ReadAloudUsed r -> new UsageCounts.Row(READ_ALOUD, "", "", "");
            case TextSizeChanged t -> new UsageCounts.Row(TEXT_SIZE, t.size(), "", "");
            case ContrastChanged c -> new UsageCounts.Row(CONTRAST, c.highContrast() ? "high" : "standard", "", "");
            case HelpCardOpened h -> new UsageCounts.Row(HELP_CARD_OPENED, "", "", "");
        };
    }

    /** An enum value as stored: its name in lower case. */
    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Adds the events and their counts in one transaction: all of them or none. */
    static void insert(Connection connection, String kiosk, ZoneId zone, List<Stamped> batch) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO event (at, kiosk, visit, kind, detail, topic, category) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            UsageCounts counts = new UsageCounts(zone);
            for (Stamped stamped : batch) {
                UsageCounts.Row row = row(stamped.event());
                insert.setLong(1, stamped.epochSecond());
                insert.setString(2, kiosk);
                insert.setLong(3, stamped.visit());
                insert.setString(4, row.kind());
                insert.setString(5, row.detail());
                insert.setString(6, row.topic());
                insert.setString(7, row.category());
                insert.addBatch();
                counts.add(stamped.epochSecond(), row);
            }
            insert.executeBatch();
            counts.writeTo(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // SQLite already rolled back (a full disk does that); the caller closes the connection
            }
        }
    }

    /**
     * Retention: raw events before {@code cutoff} are deleted (their daily counts stay for good),
     * and hourly counts of days before the cutoff's day are dropped with them. Works in slices so
     * the file's lock is never held for long. Returns the number of events deleted.
     */
    static long deleteRawBefore(Connection connection, Instant cutoff, ZoneId zone) throws SQLException {
        long deleted = 0;
        try (PreparedStatement slice = connection.prepareStatement(
                "DELETE FROM event WHERE id IN (SELECT id FROM event WHERE at < ? ORDER BY at LIMIT 20000)")) {
            slice.setLong(1, cutoff.getEpochSecond());
            int count;
            do {
                count = slice.executeUpdate();
                deleted += count;
            } while (count > 0);
        }
        try (PreparedStatement hours = connection.prepareStatement("DELETE FROM hourly_count WHERE day < ?")) {
            hours.setString(1, cutoff.atZone(zone).toLocalDate().toString());
            hours.executeUpdate();
        }
        return deleted;
    }
}
