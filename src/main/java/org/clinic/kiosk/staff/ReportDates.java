package org.clinic.kiosk.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way the staff pages write a day: "Mon 1 Dec 2025" (weekday, day, month's short name,
 * year), which no reader can take for another day, whichever country they learnt dates in. A
 * moment adds the 24-hour time: "Mon 1 Dec 2025, 15:00". The report, its charts, the health panel
 * and the range heading all use this class; the CSV keeps ISO dates for spreadsheets.
 */
public final class ReportDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private ReportDates() {}

    /** "Mon 1 Dec 2025". */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "Mon 1 Dec 2025, 15:00" in the kiosk's time zone. */
    public static String moment(Instant at, ZoneId zone) {
        var local = at.atZone(zone);
        return DAY.format(local) + ", " + TIME.format(local);
    }

    /** "Mon 1 Dec 2025 to Sun 7 Dec 2025", or one day alone when both ends are the same day. */
    public static String range(LocalDate from, LocalDate to) {
        return from.equals(to) ? day(from) : day(from) + " to " + day(to);
    }
}
