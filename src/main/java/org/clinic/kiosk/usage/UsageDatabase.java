package org.clinic.kiosk.usage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQLite file {@code usage.db}: opening it with the right settings, checking it at start-up,
 * setting a damaged one aside (never deleting it) and bringing the schema up to date.
 */
final class UsageDatabase {

    static final String FILE_NAME = "usage.db";
    static final String DAMAGED_MARK = ".damaged-";
    private static final Logger LOG = LoggerFactory.getLogger(UsageDatabase.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** SQLite primary result codes that mean the file itself is broken. */
    private static final int SQLITE_CORRUPT = 11;

    private static final int SQLITE_NOTADB = 26;
    static final int BUSY_TIMEOUT_MILLIS = 5000;

    private final Path folder;
    private final Path file;
    private final Clock clock;

    UsageDatabase(Path folder, Clock clock) {
        this.folder = folder;
        this.file = folder.resolve(FILE_NAME);
        this.clock = clock;
    }

    Path file() {
        return file;
    }

    /**
     * Opens the file for writing: creates the folder and file if needed, sets a damaged file
     * aside and starts a new one, and migrates. Throws if the folder or disk cannot be written.
     */
    Connection openForWriting() throws SQLException, IOException {
        OwnerOnly.folder(folder);
        if (Files.exists(file)) {
            OwnerOnly.file(file);
            try {
                Connection checked = connectForWriting();
                try {
                    check(checked);
                    UsageMigrations.migrate(checked, clock.getZone(), UsageMigrations.LATEST);
                    return checked;
                } catch (SQLException | RuntimeException e) {
                    checked.close();
                    throw e;
                }
            } catch (SQLException e) {
                if (!isDamage(e)) {
                    throw e;
                }
                setAside(e);
            }
        }
        OwnerOnly.file(file); // SQLite gives its journal the file's mode, so both are the kiosk's only
        Connection fresh = connectForWriting();
        try {
            UsageMigrations.migrate(fresh, clock.getZone(), UsageMigrations.LATEST);
            return fresh;
        } catch (SQLException | RuntimeException e) {
            fresh.close();
            throw e;
        }
    }

    /** A connection for reports: never writes, waits for the writer instead of failing. */
    Connection openForReading() throws SQLException {
        return connect("PRAGMA query_only = true");
    }

    /**
     * No memory mapped into the process, ever: SQLite's WAL index ({@code usage.db-shm}) and
     * memory-mapped I/O both map the file, and a mapped file made unwritable or cut short under
     * the kiosk (chattr +i, a full or failing disk) kills the whole JVM with SIGBUS. A rollback
     * journal ({@code usage.db-journal}) uses plain reads, writes and locks, so such a fault is an
     * error code the writer rides out like any other.
     */
    private Connection connectForWriting() throws SQLException {
        return connect(
                // TRUNCATE: the journal is emptied, not deleted, after each commit (one fewer
                // directory change); a WAL file from an older version is checkpointed and removed
                "PRAGMA journal_mode = TRUNCATE",
                // FULL: each committed batch is synced, so a power cut loses no committed event
                "PRAGMA synchronous = FULL",
                "PRAGMA temp_store = MEMORY",
                // 16 MB of pages in memory (SQLite's default is 2 MB): the index pages a batch
                // changes stay cached, which brings bulk inserts back to what the WAL journal gave
                "PRAGMA cache_size = -16000");
    }

    /** sqlite-jdbc runs only the first statement of a string, so each pragma is its own call. */
    private Connection connect(String... pragmas) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            statement.execute("PRAGMA mmap_size = 0");
            for (String pragma : pragmas) {
                statement.execute(pragma);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static void check(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("PRAGMA quick_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new SQLException("quick_check: " + result, "", SQLITE_CORRUPT);
            }
        }
    }

    static boolean isDamage(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String message = String.valueOf(e.getMessage());
        return code == SQLITE_CORRUPT
                || code == SQLITE_NOTADB
                || message.contains("SQLITE_CORRUPT")
                || message.contains("SQLITE_NOTADB");
    }

    /** What went wrong, in words staff can act on, with SQLite's own message after it. */
    static String plainReason(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int code = e instanceof SQLException sql ? sql.getErrorCode() & 0xff : -1;
        String plain;
        if (code == 13 || message.contains("SQLITE_FULL") || message.contains("No space left")) {
            plain = "the disk is full";
        } else if (code == 8 || message.contains("SQLITE_READONLY") || message.contains("Read-only file system")) {
            plain = "the disk or folder is read-only";
        } else if (code == 14 || message.contains("SQLITE_CANTOPEN") || e instanceof java.io.IOException) {
            plain = "the folder or file cannot be created or opened";
        } else if (code == 10 || message.contains("SQLITE_IOERR")) {
            plain = "the disk reported an error";
        } else {
            plain = "an unexpected error";
        }
        return plain + " (" + message + ")";
    }

    /** Renames the damaged file (and its journal, WAL and shared-memory files) aside, keeping them all. */
    private void setAside(SQLException cause) throws IOException {
        String suffix = DAMAGED_MARK + LocalDateTime.now(clock).format(STAMP);
        Path aside = folder.resolve(FILE_NAME + suffix);
        for (int n = 2; Files.exists(aside); n++) {
            aside = folder.resolve(FILE_NAME + suffix + "-" + n);
        }
        for (String extra : List.of("-journal", "-wal", "-shm")) {
            Path companion = folder.resolve(FILE_NAME + extra);
            if (Files.exists(companion)) {
                Files.move(companion, aside.resolveSibling(aside.getFileName() + extra));
            }
        }
        Files.move(file, aside);
        LOG.error(
                "The usage log {} is damaged ({}); it was kept as {} and a new one was started",
                file,
                cause.getMessage(),
                aside.getFileName());
    }

    /** Damaged files set aside now or at an earlier start, oldest first. */
    List<Path> damagedFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().startsWith(FILE_NAME + DAMAGED_MARK))
                    .filter(p -> !p.getFileName().toString().matches(".*-(journal|wal|shm)"))
                    .sorted()
                    .toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The file and its journal (or an older version's write-ahead log), in bytes. */
    long bytesOnDisk() {
        long bytes = 0;
        for (Path part : List.of(file, folder.resolve(FILE_NAME + "-journal"), folder.resolve(FILE_NAME + "-wal"))) {
            try {
                bytes += Files.exists(part) ? Files.size(part) : 0;
            } catch (IOException e) {
                // gone between the check and the size: count nothing
            }
        }
        return bytes;
    }
}
