package org.clinic.kiosk.usage;

import static org.clinic.kiosk.usage.UsageRepository.HELP_CARD_OPENED;
import static org.clinic.kiosk.usage.UsageRepository.READ_ALOUD;
import static org.clinic.kiosk.usage.UsageRepository.TOPIC_VIEWED;
import static org.clinic.kiosk.usage.UsageRepository.VISIT_STARTED;
import static org.clinic.kiosk.usage.UsageRepository.VOICE_QUESTION;
import static org.clinic.kiosk.usage.UsageRepository.lower;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinic.kiosk.usage.UsageEvent.HowReached;
import org.clinic.kiosk.usage.UsageEvent.VoiceOutcome;

/**
 * SQL that reads the usage file for the staff: the report, which reads only the count tables (so
 * retention never changes it), and the time of the newest raw event for the health panel.
 */
final class UsageReportRepository {

    private UsageReportRepository() {}

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
