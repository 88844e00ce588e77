package org.clinic.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.clinic.kiosk.KioskBrowserlessTest;
import org.clinic.kiosk.topic.ui.TopicView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KioskLayoutIT extends KioskBrowserlessTest {

    private KioskLayout layout;

    @BeforeEach
    void startAtWelcome() {
        navigate(WelcomeView.class);
        layout = $(KioskLayout.class).single();
    }

    private boolean warningShown() {
        return $(IdleWarningPanel.class).exists();
    }

    private String secondsShown() {
        return $(Span.class).id("idle-seconds").getText();
    }

    @Test
    void idleKioskWarnsCountsDownThenReturnsToWelcomeWithDefaults() {
        tap("start");
        tap("text-largest");
        tap("contrast");
        tap("category-planning");
        tap("topic-hospice-care");
        assertEquals("Hospice care", heading());

        waitSeconds(89);
        assertFalse(warningShown());
        waitSeconds(1);
        assertTrue(warningShown());
        assertEquals("20", secondsShown());
        waitSeconds(19);
        assertEquals("1", secondsShown());
        assertInstanceOf(TopicView.class, getCurrentView());

        waitSeconds(1);

        assertInstanceOf(WelcomeView.class, getCurrentView());
        assertFalse(warningShown());
        assertTrue(layout.hasClassName("text-normal"));
        assertFalse(layout.hasClassName("text-largest"));
        assertTrue(layout.hasClassName("theme-standard"));
        assertEquals("true", button("text-normal").getElement().getAttribute("aria-pressed"));
        assertEquals("false", button("contrast").getElement().getAttribute("aria-pressed"));
        assertFalse(buttonShown("back"));

        // the last visitor's trail is gone: Back from home leads to the welcome screen
        tap("start");
        tap("back");
        assertInstanceOf(WelcomeView.class, getCurrentView());
    }

    @Test
    void stillHereKeepsTheVisitAsItWas() {
        tap("start");
        tap("text-large");
        tap("category-coping");
        tap("topic-family-and-friends");
        waitSeconds(95);
        assertTrue(warningShown());

        tap("still-here");

        assertFalse(warningShown());
        assertEquals("Help from family and friends", heading());
        assertTrue(layout.hasClassName("text-large"));
        waitSeconds(80);
        assertFalse(warningShown());
    }

    @Test
    void navigationCountsAsActivity() {
        tap("start");
        waitSeconds(80);
        tap("category-treatment");
        waitSeconds(80);
        assertFalse(warningShown());
    }

    @Test
    void welcomeScreenNeverAsksAndForgetsDisplayChoicesWhenLeftAlone() {
        tap("text-largest");
        waitSeconds(100);
        assertFalse(warningShown());
        waitSeconds(15);
        assertInstanceOf(WelcomeView.class, getCurrentView());
        assertTrue(layout.hasClassName("text-normal"));
    }

    @Test
    void textSizeHasThreeStepsAndContrastToggles() {
        tap("start");
        assertTrue(layout.hasClassName("text-normal"));
        tap("text-large");
        assertTrue(layout.hasClassName("text-large"));
        assertFalse(layout.hasClassName("text-normal"));
        assertEquals("true", button("text-large").getElement().getAttribute("aria-pressed"));
        assertEquals("false", button("text-normal").getElement().getAttribute("aria-pressed"));
        tap("text-largest");
        assertTrue(layout.hasClassName("text-largest"));
        assertFalse(layout.hasClassName("text-large"));

        tap("contrast");
        assertTrue(layout.hasClassName("theme-contrast"));
        assertEquals("true", button("contrast").getElement().getAttribute("aria-pressed"));
        tap("contrast");
        assertTrue(layout.hasClassName("theme-standard"));
        assertFalse(layout.hasClassName("theme-contrast"));
    }

    @Test
    void needHelpNowLeadsToTheHelpTopicAndTheFrontDesk() {
        tap("start");
        tap("category-understanding");
        assertTrue(buttonShown("help-now"));

        tap("help-now");

        assertEquals("When to ask for help", heading());
        String notice = $(Paragraph.class).id("unwell-notice").getElement().getTextRecursively();
        assertTrue(notice.contains("If you feel unwell now, please speak to the front desk"), notice);
    }

    @Test
    void welcomeShowsTheClinicAndHidesBackAndHome() {
        assertEquals("Cancer Care Clinic", $(Span.class).id("clinic-name").getText());
        assertFalse(buttonShown("back"));
        assertFalse(buttonShown("home"));
        assertTrue(buttonShown("help-now"));
    }

    @Test
    void unknownAddressShowsAFriendlyPageWithAWayHome() {
        navigate("topic/no-such-topic", NotFoundView.class);
        assertEquals("We could not find that page", heading());
        tap("not-found-home");
        assertEquals("What would you like to read about?", heading());
    }
}
