package org.clinic.kiosk.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinic.kiosk.usage.UsageEvent.ContrastChanged;
import org.clinic.kiosk.usage.UsageEvent.HelpCardOpened;
import org.clinic.kiosk.usage.UsageEvent.HowReached;
import org.clinic.kiosk.usage.UsageEvent.ReadAloudUsed;
import org.clinic.kiosk.usage.UsageEvent.TextSizeChanged;
import org.clinic.kiosk.usage.UsageEvent.TopicViewed;
import org.clinic.kiosk.usage.UsageEvent.VisitEnded;
import org.clinic.kiosk.usage.UsageEvent.VisitStarted;
import org.clinic.kiosk.usage.UsageEvent.VoiceOutcome;
import org.clinic.kiosk.usage.UsageEvent.VoiceQuestion;

/**
 * SQL over the usage file: adding events with their counts, the report queries (which read only
 * the count tables) and retention.
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

    private static String lower(Enum<?> value) {
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

    /** No counts at all (no file yet), with every day of the range in the trend. */
    static UsageReport emptyReport(LocalDate from, LocalDate to) {
        List<UsageReport.DailyCount> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new UsageReport.DailyCount(day, 0, 0));
        }
        return new UsageReport(from, to, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), new long[7][24], days);
    }

    static Optional<Instant> lastEvent(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT MAX(at) FROM event");
                ResultSet rs = query.executeQuery()) {
            long at = rs.next() ? rs.getLong(1) : 0;
            return rs.wasNull() || at == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(at));
        }
    }

    /**
     * One pass over the range's daily counts gives the totals and both rankings; the trend and the
     * weekday-and-hour map take one more each.
     */
    static UsageReport report(Connection connection, LocalDate from, LocalDate to) throws SQLException {
        long visits = 0;
        long topicViews = 0;
        long voiceViews = 0;
        long voiceQuestions = 0;
        long notUnderstood = 0;
        long readAloud = 0;
        long helpCards = 0;
        Map<String, Long> topics = new HashMap<>();
        Map<String, Long> categories = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT kind, detail, topic, category, SUM(count) FROM daily_count
                WHERE kind IN (?, ?, ?, ?, ?) AND day BETWEEN ? AND ? GROUP BY kind, detail, topic, category""")) {
            bind(
                    query,
                    VISIT_STARTED,
                    TOPIC_VIEWED,
                    VOICE_QUESTION,
                    READ_ALOUD,
                    HELP_CARD_OPENED,
                    from.toString(),
                    to.toString());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String detail = rs.getString(2);
                    long count = rs.getLong(5);
                    switch (rs.getString(1)) {
                        case VISIT_STARTED -> visits += count;
                        case READ_ALOUD -> readAloud += count;
                        case HELP_CARD_OPENED -> helpCards += count;
                        case TOPIC_VIEWED -> {
                            topicViews += count;
                            voiceViews += detail.equals(lower(HowReached.VOICE)) ? count : 0;
                            topics.merge(rs.getString(3), count, Long::sum);
                            categories.merge(rs.getString(4), count, Long::sum);
                        }
                        case VOICE_QUESTION -> {
                            voiceQuestions += count;
                            notUnderstood += detail.equals(lower(VoiceOutcome.NOT_UNDERSTOOD)) ? count : 0;
                        }
                        default -> throw new IllegalStateException(rs.getString(1));
                    }
                }
            }
        }
        return new UsageReport(
                from,
                to,
                visits,
                topicViews,
                topicViews - voiceViews,
                voiceViews,
                voiceQuestions,
                notUnderstood,
                readAloud,
                helpCards,
                ranking(topics),
                ranking(categories),
                byWeekdayHour(connection, from.toString(), to.toString()),
                daily(connection, from, to));
    }

    /** Most first; ties by id. */
    private static List<UsageReport.Count> ranking(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> new UsageReport.Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(UsageReport.Count::count)
                        .reversed()
                        .thenComparing(UsageReport.Count::id))
                .toList();
    }

    private static long[][] byWeekdayHour(Connection connection, String first, String last) throws SQLException {
        long[][] grid = new long[7][24];
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT day, hour, SUM(count) FROM hourly_count
                WHERE kind = ? AND day BETWEEN ? AND ? GROUP BY day, hour""")) {
            bind(query, TOPIC_VIEWED, first, last);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    DayOfWeek weekday = LocalDate.parse(rs.getString(1)).getDayOfWeek();
                    grid[weekday.getValue() - 1][rs.getInt(2)] += rs.getLong(3);
                }
            }
        }
        return grid;
    }

    private static List<UsageReport.DailyCount> daily(Connection connection, LocalDate from, LocalDate to)
            throws SQLException {
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day, new long[2]);
        }
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT day, kind, SUM(count) FROM daily_count
                WHERE kind IN (?, ?) AND day BETWEEN ? AND ? GROUP BY day, kind""")) {
            bind(query, VISIT_STARTED, TOPIC_VIEWED, from.toString(), to.toString());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long[] counts = days.get(LocalDate.parse(rs.getString(1)));
                    if (counts != null) {
                        counts[VISIT_STARTED.equals(rs.getString(2)) ? 0 : 1] += rs.getLong(3);
                    }
                }
            }
        }
        List<UsageReport.DailyCount> trend = new ArrayList<>(days.size());
        days.forEach((day, counts) -> trend.add(new UsageReport.DailyCount(day, counts[0], counts[1])));
        return trend;
    }

    private static void bind(PreparedStatement statement, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setString(i + 1, values[i]);
        }
    }
}
