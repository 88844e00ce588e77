package org.clinic.kiosk.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Daily and hourly counts for a batch of events, summed in memory and then added to the count
 * tables with one UPSERT per key (in the caller's transaction).
 */
final class UsageCounts {

    /** One event as stored: what happened, and the topic and category if it was a topic view. */
    record Row(String kind, String detail, String topic, String category) {}

    private record DayKey(String day, Row row) {}

    private record HourKey(String day, int hour, String kind, String detail) {}

    private final ZoneId zone;
    private final Map<DayKey, Long> daily = new HashMap<>();
    private final Map<HourKey, Long> hourly = new HashMap<>();

    UsageCounts(ZoneId zone) {
        this.zone = zone;
    }

    void add(long epochSecond, Row row) {
        ZonedDateTime local = Instant.ofEpochSecond(epochSecond).atZone(zone);
        String day = local.toLocalDate().toString();
        daily.merge(new DayKey(day, row), 1L, Long::sum);
        hourly.merge(new HourKey(day, local.getHour(), row.kind(), row.detail()), 1L, Long::sum);
    }

    int size() {
        return daily.size() + hourly.size();
    }

    void writeTo(Connection connection) throws SQLException {
        try (PreparedStatement day = connection.prepareStatement("""
                INSERT INTO daily_count (day, kind, detail, topic, category, count) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (kind, day, detail, topic, category) DO UPDATE SET count = count + excluded.count""");
                PreparedStatement hour = connection.prepareStatement("""
                INSERT INTO hourly_count (day, hour, kind, detail, count) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (kind, day, hour, detail) DO UPDATE SET count = count + excluded.count""")) {
            for (Map.Entry<DayKey, Long> entry : daily.entrySet()) {
                Row row = entry.getKey().row();
                day.setString(1, entry.getKey().day());
                day.setString(2, row.kind());
                day.setString(3, row.detail());
                day.setString(4, row.topic());
                day.setString(5, row.category());
                day.setLong(6, entry.getValue());
                day.addBatch();
            }
            day.executeBatch();
            for (Map.Entry<HourKey, Long> entry : hourly.entrySet()) {
                HourKey key = entry.getKey();
                hour.setString(1, key.day());
                hour.setInt(2, key.hour());
                hour.setString(3, key.kind());
                hour.setString(4, key.detail());
                hour.setLong(5, entry.getValue());
                hour.addBatch();
            }
            hour.executeBatch();
        }
        daily.clear();
        hourly.clear();
    }
}
