package org.clinic.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VisitTest {

    private final Visit visit = new Visit(TextSize.NORMAL, ContrastTheme.STANDARD);

    @Test
    void backReturnsThePreviousScreenAndNothingAtTheStart() {
        visit.visited("home");
        visit.visited("category/coping");
        visit.visited("topic/family-and-friends");
        visit.visited("topic/family-and-friends");

        assertEquals(Optional.of("category/coping"), visit.back());
        assertEquals(Optional.of("home"), visit.back());
        assertEquals(Optional.empty(), visit.back());
    }

    @Test
    void clearForgetsHistoryTextSizeAndTheme() {
        visit.visited("home");
        visit.visited("about");
        visit.setTextSize(TextSize.LARGEST);
        visit.setTheme(ContrastTheme.HIGH_CONTRAST);

        visit.clear();

        assertEquals(0, visit.historySize());
        assertEquals(TextSize.NORMAL, visit.textSize());
        assertEquals(ContrastTheme.STANDARD, visit.theme());
    }
}
