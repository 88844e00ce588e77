package org.clinic.kiosk.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the real usage log stored, read back from its SQLite file for app tests: the newest event's
 * id, and the events after an id as "kind detail topic" (empty columns left out).
 */
public final class StoredEvents {

    private final UsageLog usageLog;
    private final Path database;

    public StoredEvents(UsageLog usageLog, Path dataDir) {
        this.usageLog = usageLog;
        this.database = dataDir.resolve("usage.db").toAbsolutePath();
    }

    /** The id of the newest stored event (0 when there is none), after writing what is queued. */
    public long lastId() throws Exception {
        flush();
        try (Connection connection = connect();
                ResultSet rs = connection.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM event")) {
            return rs.getLong(1);
        }
    }

    /** The events stored after {@code id}, oldest first, as "kind detail topic". */
    public List<String> after(long id) throws Exception {
        flush();
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT kind, detail, topic FROM event WHERE id > ? ORDER BY id")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    List<String> columns = new ArrayList<>();
                    for (int column = 1; column <= 3; column++) {
                        String value = rs.getString(column);
                        if (value != null && !value.isBlank()) {
                            columns.add(value.strip());
                        }
                    }
                    rows.add(String.join(" ", columns));
                }
            }
        }
        return rows;
    }

    private void flush() throws InterruptedException {
        assertThat(usageLog.flush(Duration.ofSeconds(10)))
                .as("the usage log wrote its queue")
                .isTrue();
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + database);
    }
}
