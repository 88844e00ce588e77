package org.clinic.kiosk.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;

/**
 * The schema, one numbered step at a time. {@code PRAGMA user_version} holds the step reached;
 * each step runs in its own transaction together with the version bump, so a crash leaves the
 * file at the old version or the new one, never half-way.
 */
final class UsageMigrations {

    /** Step 1: the raw events only (the first released schema). */
    private static final List<String> V1 = List.of("""
            CREATE TABLE event (
                id       INTEGER PRIMARY KEY,
                at       INTEGER NOT NULL,            -- epoch seconds, truncated to the precision setting
                kiosk    TEXT    NOT NULL,
                visit    INTEGER NOT NULL,            -- random, linked to nothing
                kind     TEXT    NOT NULL,
                detail   TEXT    NOT NULL DEFAULT '',
                topic    TEXT    NOT NULL DEFAULT '',
                category TEXT    NOT NULL DEFAULT '')""", "CREATE INDEX event_at ON event(at)");

    /**
     * Step 2: counts kept beside the raw events, updated in the same transaction, so reports read
     * a few thousand rows instead of every event. Days and hours are the kiosk's local ones.
     */
    private static final List<String> V2 = List.of("""
            CREATE TABLE daily_count (
                day      TEXT    NOT NULL,            -- yyyy-mm-dd
                kind     TEXT    NOT NULL,
                detail   TEXT    NOT NULL,
                topic    TEXT    NOT NULL,
                category TEXT    NOT NULL,
                count    INTEGER NOT NULL,
                PRIMARY KEY (kind, day, detail, topic, category)) WITHOUT ROWID""", """
            CREATE TABLE hourly_count (
                day      TEXT    NOT NULL,
                hour     INTEGER NOT NULL,            -- 0 to 23
                kind     TEXT    NOT NULL,
                detail   TEXT    NOT NULL,
                count    INTEGER NOT NULL,
                PRIMARY KEY (kind, day, hour, detail)) WITHOUT ROWID""");

    static final int LATEST = 2;

    private UsageMigrations() {}

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the file up to {@code target}; returns the version it started at. */
    static int migrate(Connection connection, ZoneId zone, int target) throws SQLException {
        int start = version(connection);
        if (start > LATEST) {
            throw new SQLException("The usage file is from a newer kiosk version (schema " + start + ")");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int version = start + 1; version <= target; version++) {
                switch (version) {
                    case 1 -> run(connection, V1);
                    case 2 -> {
                        run(connection, V2);
                        backfillCounts(connection, zone);
                    }
                    default -> throw new IllegalStateException("No migration " + version);
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA user_version = " + version);
                }
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return start;
    }

    private static void run(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Version 1 files hold raw events only: count them into the new tables. */
    private static void backfillCounts(Connection connection, ZoneId zone) throws SQLException {
        UsageCounts counts = new UsageCounts(zone);
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT at, kind, detail, topic, category FROM event ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                counts.add(
                        rs.getLong(1),
                        new UsageCounts.Row(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                if (counts.size() > 50_000) {
                    counts.writeTo(connection);
                }
            }
        }
        counts.writeTo(connection);
    }
}
