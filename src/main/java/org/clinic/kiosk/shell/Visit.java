package org.clinic.kiosk.shell;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the kiosk remembers about the patient in front of it: the screens visited (for Back), the
 * text size and the colour theme. {@link #clear()} forgets it all for the next patient.
 */
@SpringComponent
@UIScope
final class Visit {

    private final TextSize defaultTextSize;
    private final ContrastTheme defaultTheme;
    private final Deque<String> history = new ArrayDeque<>();
    private TextSize textSize;
    private ContrastTheme theme;

    @Autowired
    Visit(KioskSettings settings) {
        this(settings.defaultTextSize(), settings.defaultTheme());
    }

    public Visit(TextSize defaultTextSize, ContrastTheme defaultTheme) {
        this.defaultTextSize = defaultTextSize;
        this.defaultTheme = defaultTheme;
        clear();
    }

    /** Notes the screen now shown; showing the same screen again adds nothing. */
    public void visited(String location) {
        if (!location.equals(history.peek())) {
            history.push(location);
        }
    }

    /** Leaves the current screen and returns the one before it, if there was one. */
    public Optional<String> back() {
        if (history.size() < 2) {
            return Optional.empty();
        }
        history.pop();
        return Optional.of(history.peek());
    }

    public int historySize() {
        return history.size();
    }

    public TextSize textSize() {
        return textSize;
    }

    public void setTextSize(TextSize textSize) {
        this.textSize = textSize;
    }

    public ContrastTheme theme() {
        return theme;
    }

    public void setTheme(ContrastTheme theme) {
        this.theme = theme;
    }

    /** Forgets everything about the last patient. */
    public void clear() {
        history.clear();
        textSize = defaultTextSize;
        theme = defaultTheme;
    }
}
