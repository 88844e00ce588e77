package org.clinic.kiosk.topic.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.clinic.kiosk.BrowserTest;
import org.clinic.kiosk.KioskPage;
import org.clinic.kiosk.topic.TopicCatalog;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

class TopicBrowserIT extends BrowserTest {

    private static final List<String> SCREENS =
            List.of("", "home", "category/coping", "topic/questions-for-your-doctor", "about", "topic/no-such-topic");

    @Autowired
    private TopicCatalog catalog;

    @Test
    void patientWalksByTouchFromWelcomeToARelatedTopicAndBackHome() {
        KioskPage page = open("");
        assertEquals("Welcome", page.heading());
        page.tap("start").waitForHeading("What would you like to read about?");
        page.tap("category-understanding").waitForHeading("Understanding recurrence");
        page.tap("topic-types-of-recurrence").waitForHeading("Types of recurrence");
        String related =
                catalog.byId("types-of-recurrence").orElseThrow().related().getFirst();
        page.script("const c = document.getElementById('content'); c.scrollTop = c.scrollHeight;");
        assertTrue(((Number) page.script("return document.getElementById('content').scrollTop;")).longValue() > 0);
        page.tap("related-" + related)
                .waitForHeading(catalog.byId(related).orElseThrow().title());
        assertEquals(
                0L,
                ((Number) page.script("return document.getElementById('content').scrollTop;")).longValue(),
                "a new topic starts at its top");
        page.tap("back").waitForHeading("Types of recurrence");
        page.tap("back").waitForHeading("Understanding recurrence");
        page.tap("home").waitForHeading("What would you like to read about?");
    }

    @Test
    void everyScreenFitsPortraitAndLandscapeWithLargeTargetsAndText() {
        for (Dimension size : List.of(LANDSCAPE, PORTRAIT)) {
            resize(size);
            for (String textSize : List.of("text-normal", "text-largest")) {
                for (String screen : SCREENS) {
                    KioskPage page = open(screen);
                    page.display(textSize);
                    String where = screen + " at " + size + " with " + textSize;
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) page.script("""
                            const doc = document.documentElement;
                            const buttons = [...document.querySelectorAll('button')]
                                .filter(b => b.offsetParent !== null);
                            const smallest = Math.min(...buttons.map(b => b.getBoundingClientRect().height));
                            const texts = [...document.querySelectorAll('#content p, #content li')];
                            const smallestText = Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize)));
                            return {overflow: doc.scrollWidth - doc.clientWidth, buttons: buttons.length,
                                    smallestButton: smallest, smallestText: smallestText};
                            """);
                    assertEquals(0L, ((Number) m.get("overflow")).longValue(), "horizontal scroll on " + where);
                    assertTrue(
                            ((Number) m.get("smallestButton")).doubleValue() >= 72,
                            "small target on " + where + ": " + m);
                    assertTrue(
                            ((Number) m.get("smallestText")).doubleValue() >= 24, "small text on " + where + ": " + m);
                }
            }
        }
    }
}
