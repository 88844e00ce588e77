package org.clinic.kiosk.usage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The usage log's side of the staff health panel.
 *
 * @param databaseFile  the SQLite file
 * @param databaseBytes its size on disk, WAL file included
 * @param lastEvent     when the newest stored event happened (to the stored precision)
 * @param queuedEvents  events waiting to be written (above 0 for long only if the disk misbehaves)
 * @param warnings      plain-language problems for staff, such as a corrupt file moved aside
 */
public record UsageHealth(
        Path databaseFile, long databaseBytes, Optional<Instant> lastEvent, long queuedEvents, List<String> warnings) {}
