package org.clinic.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportDatesTest {

    @Test
    void daysReadTheSameWhereverTheReaderLearntDates() {
        assertEquals("Mon 1 Dec 2025", ReportDates.day(LocalDate.of(2025, 12, 1)));
        assertEquals("Wed 30 Sep 2026", ReportDates.day(LocalDate.of(2026, 9, 30)));
        assertEquals(
                "Mon 1 Dec 2025 to Sun 7 Dec 2025",
                ReportDates.range(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 7)));
        assertEquals("Mon 1 Dec 2025", ReportDates.range(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 1)));
    }

    @Test
    void aMomentIsTheDayAndTheTimeInTheKiosksZone() {
        Instant at = Instant.parse("2026-12-01T23:20:00Z");
        assertEquals("Tue 1 Dec 2026, 23:20", ReportDates.moment(at, ZoneId.of("UTC")));
        assertEquals("Wed 2 Dec 2026, 00:20", ReportDates.moment(at, ZoneId.of("Europe/Paris")));
    }
}
