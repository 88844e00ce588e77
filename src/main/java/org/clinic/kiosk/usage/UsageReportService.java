package org.clinic.kiosk.usage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The staff reports and health, read from the count tables on a connection of their own. */
final class UsageReportService implements UsageReports {

    /** Ten years of days: the daily trend has one entry per day, so the range is bounded. */
    static final long MAX_DAYS = 3660;

    private final UsageDatabase database;
    private final UsageLog log;

    UsageReportService(UsageDatabase database, UsageLog log) {
        this.database = database;
        this.log = log;
    }

    @Override
    public UsageReport report(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end date " + to + " is before the start date " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("Please choose at most " + MAX_DAYS + " days");
        }
        if (!Files.exists(database.file())) {
            return UsageReportRepository.emptyReport(from, to);
        }
        try (Connection connection = database.openForReading()) {
            if (UsageMigrations.version(connection) < UsageMigrations.LATEST) {
                return UsageReportRepository.emptyReport(from, to);
            }
            return UsageReportRepository.report(connection, from, to);
        } catch (SQLException e) {
            throw new IllegalStateException("The usage log cannot be read just now: " + e.getMessage(), e);
        }
    }

    @Override
    public UsageHealth health() {
        List<String> warnings = new ArrayList<>();
        for (Path damaged : database.damagedFiles()) {
            warnings.add("The usage file was damaged, so it was kept as " + damaged.getFileName()
                    + " and a new one was started. Counts from before then are not in the reports.");
        }
        String problem = log.writeProblem();
        if (problem != null) {
            warnings.add(problem + ". New events are kept in memory (" + log.queued()
                    + " waiting) and written when the disk works again.");
        }
        if (log.dropped() > 0) {
            warnings.add(log.dropped() + " events were not kept because the disk could not be written for a long"
                    + " time and the waiting list was full.");
        }
        Optional<Instant> lastEvent = Optional.empty();
        if (Files.exists(database.file())) {
            try (Connection connection = database.openForReading()) {
                if (UsageMigrations.version(connection) >= 1) {
                    lastEvent = UsageReportRepository.lastEvent(connection);
                }
            } catch (SQLException e) {
                warnings.add("The usage file cannot be read: " + e.getMessage());
            }
        }
        return new UsageHealth(database.file(), database.bytesOnDisk(), lastEvent, log.queued(), List.copyOf(warnings));
    }
}
