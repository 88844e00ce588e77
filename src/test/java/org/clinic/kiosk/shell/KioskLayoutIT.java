package org.clinic.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.clinic.kiosk.KioskBrowserlessTest;
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
        display("text-largest");
        display("contrast");
        tap("category-planning");
        assertEquals("Planning ahead", heading());

        waitSeconds(89);
        assertFalse(warningShown());
        waitSeconds(1);
        assertTrue(warningShown());
        assertEquals("20", secondsShown());
        waitSeconds(19);
        assertEquals("1", secondsShown());
        assertEquals("Planning ahead", heading());

        waitSeconds(1);

        assertInstanceOf(WelcomeView.class, getCurrentView());
        assertFalse(warningShown());
        assertTrue(layout.hasClassName("text-normal"));
        assertFalse(layout.hasClassName("text-largest"));
        assertTrue(layout.hasClassName("theme-standard"));
        tap("text-and-colours");
        assertEquals("true", button("text-normal").getElement().getAttribute("aria-pressed"));
        assertEquals("false", button("contrast").getElement().getAttribute("aria-pressed"));
        tap("text-and-colours-done");
        assertFalse(button("back").isEnabled());

        // the last visitor's trail is gone: Back from home leads to the welcome screen
        tap("start");
        tap("back");
        assertInstanceOf(WelcomeView.class, getCurrentView());
    }

    @Test
    void aTopicPageAllowsItsReadingTimeBeforeAskingAndAShortScreenDoesNot() {
        tap("start");
        tap("category-treatment");
        tap("topic-treatment-options");
        waitSeconds(170);
        assertFalse(warningShown(), "a slow reader is still reading Treatment options");
        tap("back");
        waitSeconds(90);
        assertTrue(warningShown(), "the list of topics asks after the clinic's idle time");
    }

    @Test
    void imFinishedClearsTheVisitAtOnceFromAnyScreenAndFromTheWarning() {
        tap("start");
        display("text-largest");
        tap("category-coping");
        tap("finished");
        assertInstanceOf(WelcomeView.class, getCurrentView());
        assertTrue(layout.hasClassName("text-normal"));

        tap("start");
        tap("category-coping");
        waitSeconds(90);
        assertTrue(warningShown());
        tap("idle-finished");
        assertInstanceOf(WelcomeView.class, getCurrentView());
        assertFalse(warningShown());
        tap("start");
        tap("back");
        assertInstanceOf(WelcomeView.class, getCurrentView(), "no trail left for the next patient");
    }

    @Test
    void stillHereKeepsTheVisitAsItWas() {
        tap("start");
        display("text-large");
        tap("category-coping");
        waitSeconds(95);
        assertTrue(warningShown());

        tap("still-here");

        assertFalse(warningShown());
        assertEquals("Coping and support", heading());
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
        display("text-largest");
        waitSeconds(100);
        assertFalse(warningShown());
        waitSeconds(15);
        assertInstanceOf(WelcomeView.class, getCurrentView());
        assertTrue(layout.hasClassName("text-normal"));
    }

    @Test
    void textSizeHasThreeStepsAndContrastTogglesInTheTextAndColoursPanel() {
        tap("start");
        assertTrue(layout.hasClassName("text-normal"));
        assertFalse(buttonShown("text-large"), "the sizes are behind one Text and colors button");
        tap("text-and-colours");
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
        tap("text-and-colours-done");
        assertFalse(buttonShown("text-large"));
    }

    @Test
    void needHelpNowOpensTheHelpCardWhichLeadsToTheHelpTopicAndTheFrontDesk() {
        tap("start");
        tap("category-understanding");
        assertTrue(buttonShown("help-now"));

        tap("help-now");

        assertEquals("Need help now?", $(H2.class).id("help-card-title").getText());
        assertEquals(
                HelpCard.CANNOT_COPE, $(Paragraph.class).id("help-cannot-cope").getText());
        // the clinic has set no location nor numbers here: those lines are not shown
        assertFalse($(Paragraph.class).withId("help-front-desk-location").exists());
        assertFalse($(com.vaadin.flow.component.html.ListItem.class)
                .withId("help-nurse-line")
                .exists());
        tap("help-read-more");

        assertEquals("When to ask for help", heading());
        String notice = $(Paragraph.class).id("unwell-notice").getElement().getTextRecursively();
        assertTrue(notice.contains("If you feel unwell now, please speak to the front desk"), notice);
    }

    @Test
    void welcomeShowsTheClinicAndKeepsBackAndHomesPlacesWithoutDrawingThem() {
        assertEquals("Cancer Care Clinic", $(Span.class).id("clinic-name").getText());
        assertTrue(button("back").hasClassName("unavailable"));
        assertFalse(button("back").isEnabled());
        assertTrue(button("home").hasClassName("unavailable"));
        assertTrue(buttonShown("help-now"));
        assertFalse($(Paragraph.class).withId("welcome-headphones").exists(), "this kiosk has no headphone socket");
    }

    @Test
    void unknownAddressShowsAFriendlyPageWithAWayHome() {
        navigate("topic/no-such-topic", NotFoundView.class);
        assertEquals("We could not find that page", heading());
        tap("not-found-home");
        assertEquals("What would you like to read about?", heading());
    }
}
