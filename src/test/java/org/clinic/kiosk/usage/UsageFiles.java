package org.clinic.kiosk.usage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Helpers for tests that open a usage log in a folder and read its file directly. */
final class UsageFiles {

    private UsageFiles() {}

    static UsageLog.Options options(Path folder) {
        return new UsageLog.Options(folder, "test-kiosk", Duration.ofHours(1), Duration.ofDays(400), 10_000);
    }

    static UsageLog open(Path folder, Clock clock) {
        return UsageLog.open(options(folder), clock, Duration.ZERO);
    }

    static Connection connect(Path folder) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:sqlite:" + folder.resolve("usage.db").toAbsolutePath());
    }

    /** The first column of every row the query returns, as text. */
    static List<String> column(Path folder, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(folder);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    static long number(Path folder, String sql) throws SQLException {
        return Long.parseLong(column(folder, sql).getFirst());
    }
}
