package org.clinic.kiosk.usage;

import java.time.LocalDate;

/**
 * What the staff reports read from the anonymous usage log. Dates are days in the kiosk's own
 * time zone (the injected {@link java.time.Clock}'s zone), both ends included.
 */
public interface UsageReports {

    UsageReport report(LocalDate from, LocalDate to);

    UsageHealth health();
}
