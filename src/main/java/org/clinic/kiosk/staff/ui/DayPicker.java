package org.clinic.kiosk.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One day, picked as day, month and year in the order the report writes days ("23 Oct 2026"),
 * with three of the browser's own lists. A date field would show the day in the browser's
 * own format (10/23/2026 in a US browser), a second way of writing dates on the same page.
 */
class DayPicker extends Div {

    private final NativeSelect day;
    private final NativeSelect month;
    private final NativeSelect year;
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean setting;

    DayPicker(String id, String label, int firstYear, int lastYear) {
        setId(id);
        addClassName("report-field");
        Span caption = new Span(label);
        caption.setId(id + "-label");
        caption.addClassName("report-field-label");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", caption.getId().orElseThrow());
        day = new NativeSelect(label + ": day");
        day.setId(id + "-day");
        for (int d = 1; d <= 31; d++) {
            day.addOption(Integer.toString(d), Integer.toString(d));
        }
        month = new NativeSelect(label + ": month");
        month.setId(id + "-month");
        for (Month m : Month.values()) {
            month.addOption(Integer.toString(m.getValue()), m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        year = new NativeSelect(label + ": year");
        year.setId(id + "-year");
        for (int y = firstYear; y <= lastYear; y++) {
            year.addOption(Integer.toString(y), Integer.toString(y));
        }
        for (NativeSelect list : List.of(day, month, year)) {
            list.addValueChangeListener(e -> {
                if (!setting) {
                    changed();
                }
            });
        }
        Div lists = new Div(day, month, year);
        lists.addClassName("day-picker");
        add(caption, lists);
    }

    /** The day chosen, or empty when there is no such day (31 Feb) or a list is not set. */
    Optional<LocalDate> value() {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(year.getValue()),
                    Integer.parseInt(month.getValue()),
                    Integer.parseInt(day.getValue())));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** What the three lists say, e.g. "31 Feb 2026", for a message about a day that does not exist. */
    String chosenText() {
        String monthName = month.getValue().isEmpty()
                ? "?"
                : Month.of(Integer.parseInt(month.getValue())).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return day.getValue() + " " + monthName + " " + year.getValue();
    }

    /** Sets all three lists; listeners hear of it once, as of one change. */
    void setValue(LocalDate value) {
        setting = true;
        try {
            day.setValue(Integer.toString(value.getDayOfMonth()));
            month.setValue(Integer.toString(value.getMonthValue()));
            year.setValue(Integer.toString(value.getYear()));
        } finally {
            setting = false;
        }
        changed();
    }

    /** Runs when staff change any of the three lists, and once for each {@link #setValue}. */
    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
