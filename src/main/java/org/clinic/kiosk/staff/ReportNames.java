package org.clinic.kiosk.staff;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import org.clinic.kiosk.topic.Category;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;

/** The names staff read in the reports and the CSV for the ids the usage log stores. */
public final class ReportNames {

    private final TopicCatalog catalog;

    public ReportNames(TopicCatalog catalog) {
        this.catalog = catalog;
    }

    /** A topic's title; a topic no longer in service keeps its id, marked as such. */
    public String topic(String id) {
        return catalog.byId(id).map(Topic::title).orElse(id + " (no longer shown)");
    }

    public String category(String id) {
        return Category.byId(id).map(Category::title).orElse(id + " (no longer shown)");
    }

    /** Monday for 0, up to Sunday for 6. */
    public static String weekday(int index) {
        return DayOfWeek.of(index + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "09:00 to 10:00" for hour 9. */
    public static String hour(int hour) {
        return "%02d:00 to %02d:00".formatted(hour, (hour + 1) % 24);
    }

    /** A share from 0 to 1 as a percentage with one decimal: "12.5%". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
