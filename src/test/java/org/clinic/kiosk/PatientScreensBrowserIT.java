package org.clinic.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizer;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizerConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The patient's screens as a tired 75-year-old sees them (issue 14), in both orientations, every
 * text size and both themes: how many controls each screen shows, the frame's share of the
 * screen's height, that the frame's controls never move between screens, "More below", the help
 * card's lines from the settings, next in this section, "I'm finished", and axe; then the same
 * frame with Talk shown (voice input ready: a scripted recognizer, which only makes Talk appear;
 * nothing is heard here). Every state is saved as a picture in {@code target/screens/} on every
 * run, for a reviewer to look at.
 */
@Import(ScriptedRecognizerConfiguration.class)
@TestPropertySource(
        properties = {
            "kiosk.help.front-desk-location=Near the main doors, on your left",
            "kiosk.help.nurse-line=555-0100",
            "kiosk.help.out-of-hours-line=555-0199",
            "kiosk.help.crisis-line=988",
            "kiosk.headphone-jack=true"
        })
class PatientScreensBrowserIT extends BrowserTest {

    private static final Path SCREENS = Path.of("target/screens");
    private static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag2aaa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    private static final String LONG_TOPIC = "topic/treatment-options";
    private static final List<String> PAGE_MOVES = List.of("next-part", "previous-part");
    /** The frame's controls, which must keep their places on every screen ("talk" too when voice is on). */
    private static final List<String> FRAME = List.of("back", "home", "read-aloud", "text-and-colours", "help-now");

    @Autowired
    private ScriptedRecognizer recognizer;

    @AfterEach
    void voiceReadyAgain() {
        recognizer.reset();
    }

    /**
     * Every button a patient can see and touch on the screen now, by id (or its words): the frame's,
     * a dialog's, the player's; not the page's own tiles and links, nor anything under a dialog.
     */
    private Map<String, Map<String, Long>> controls(KioskPage page) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.script("const out = [];"
                + " document.querySelectorAll('#kiosk button').forEach(b => {"
                + "  const r = b.getBoundingClientRect(); const s = getComputedStyle(b);"
                + "  if (r.width > 0 && r.height > 0 && s.visibility === 'visible' && r.bottom > 0"
                + "      && r.top < innerHeight && !b.closest('#content')) {"
                // a control under a dialog cannot be touched: it does not count
                + "   const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                + "   if (!top || !b.contains(top)) { return; }"
                + "   out.push({id: b.id || b.textContent.trim(), x: Math.round(r.x), y: Math.round(r.y),"
                + "     w: Math.round(r.width), h: Math.round(r.height), disabled: b.disabled}); } });"
                + " return out;");
        Map<String, Map<String, Long>> byId = new TreeMap<>();
        for (Map<String, Object> control : found) {
            assertFalse((Boolean) control.get("disabled"), "a disabled control is drawn: " + control.get("id"));
            Map<String, Long> box = new LinkedHashMap<>();
            for (String key : List.of("x", "y", "w", "h")) {
                box.put(key, ((Number) control.get(key)).longValue());
            }
            byId.put((String) control.get("id"), box);
        }
        return byId;
    }

    /** The share of the screen's height the frame takes: the header, and the row of controls in portrait. */
    private double frameShare(KioskPage page) {
        Number share = (Number) page.script("const h = document.querySelector('.kiosk-header').getBoundingClientRect();"
                + " const n = document.querySelector('.kiosk-nav').getBoundingClientRect();"
                + " const row = n.width > innerWidth / 2 ? n.height : 0;"
                + " return (h.height + row) / innerHeight;");
        return share.doubleValue();
    }

    private static double fontSize(KioskPage page, String id) {
        return ((Number) page.script(
                        "return parseFloat(getComputedStyle(document.getElementById(arguments[0])).fontSize);", id))
                .doubleValue();
    }

    /** Whether the control is in sight and on top, so a touch on it lands on it. */
    private static boolean onScreen(KioskPage page, String id) {
        return (Boolean) page.script(
                "const b = document.getElementById(arguments[0]); const r = b.getBoundingClientRect();"
                        + " const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                        + " return r.top >= 0 && r.bottom <= innerHeight && !!top && b.contains(top);",
                id);
    }

    private void save(String name) throws IOException {
        Files.createDirectories(SCREENS);
        Files.write(SCREENS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private final List<String> serious = new ArrayList<>();

    private void axe(String name) {
        for (Rule rule : new AxeBuilder().withTags(TAGS).analyze(driver).getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(name + ": " + rule.getId() + " "
                        + rule.getNodes().stream()
                                .map(n -> n.getTarget().toString())
                                .toList());
            }
        }
    }

    /** One screen state: its picture, its controls (at most {@code most} outside the page's own tiles), its frame. */
    private Map<String, Map<String, Long>> look(
            KioskPage page, String orientation, String look, String screen, int most, boolean withAxe)
            throws IOException {
        page.waitForServer();
        page.script("window.kioskScrollHint && window.kioskScrollHint();");
        save(orientation + "-" + look + "-" + screen);
        Map<String, Map<String, Long>> shown = controls(page);
        System.out.println("screens " + orientation + " " + look + " " + screen + ": " + shown.size() + " controls "
                + shown.keySet() + String.format(", frame %.1f %%", 100 * frameShare(page)));
        // besides the frame and its dialogs, only the page's Previous part / Next part when it scrolls
        long counted =
                shown.keySet().stream().filter(id -> !PAGE_MOVES.contains(id)).count();
        assertTrue(counted <= most, orientation + " " + look + " " + screen + " shows " + shown.keySet());
        if (withAxe) {
            axe(orientation + " " + look + " " + screen);
        }
        return shown;
    }

    /** The welcome screen as a patient set it: the theme ("standard", "contrast") and the text size's button id. */
    private KioskPage welcome(String theme, String text) {
        KioskPage page = open("");
        if (theme.equals("contrast")) {
            page.display("contrast");
        }
        if (!text.equals("text-normal")) {
            page.display(text);
        }
        return page;
    }

    /** The controls of the screens on the way to a long topic, each looked at (the topic's top with axe or not). */
    private record Walk(
            Map<String, Map<String, Long>> welcome,
            Map<String, Map<String, Long>> home,
            Map<String, Map<String, Long>> category,
            Map<String, Map<String, Long>> topic) {}

    private Walk walkToTopic(KioskPage page, String orientation, String look, boolean axeOnTopic) throws IOException {
        Map<String, Map<String, Long>> welcome = look(page, orientation, look, "1-welcome", 6, false);
        page.tap("start").waitForHeading("What would you like to read about?");
        Map<String, Map<String, Long>> home = look(page, orientation, look, "2-home", 6, false);
        page.tap("category-treatment");
        Map<String, Map<String, Long>> category = look(page, orientation, look, "3-category", 6, false);
        page.tap("topic-treatment-options");
        page.waitUntilShown("topic-section-name");
        page.waitUntilShown("more-below");
        return new Walk(welcome, home, category, look(page, orientation, look, "4-topic", 6, axeOnTopic));
    }

    /** The frame's controls keep their places from screen to screen (Back and Home are not drawn on welcome). */
    private static void assertFrameStaysPut(
            List<String> frame, String where, Walk walk, List<Map<String, Map<String, Long>>> more) {
        List<Map<String, Map<String, Long>>> screens = new ArrayList<>(List.of(walk.category(), walk.topic()));
        screens.addAll(more);
        for (String id : frame) {
            if (!id.equals("back") && !id.equals("home")) {
                assertEquals(walk.home().get(id), walk.welcome().get(id), where + " " + id + " moved");
            }
            for (Map<String, Map<String, Long>> screen : screens) {
                assertEquals(walk.home().get(id), screen.get(id), where + " " + id + " moved");
            }
        }
    }

    /** At a topic's end: Next in this section opens the next topic, Back to the section its list. */
    private void nextInThisSection() {
        KioskPage page = open(LONG_TOPIC);
        page.script("document.getElementById('content').scrollTop = 1e6;");
        String next = page.text("next-in-section");
        assertTrue(next.startsWith("Next in Treatment and decisions: "), next);
        String title = next.substring("Next in Treatment and decisions: ".length())
                .lines()
                .findFirst()
                .orElseThrow();
        page.tap("next-in-section").waitForHeading(title);
        assertEquals("Treatment and decisions", page.text("topic-section-name"));
        page.tap("back-to-section").waitForHeading("Treatment and decisions");
        page.tap("finished").waitForHeading("Welcome");
    }

    @Test
    void everyScreenIsCalmAndTheFrameStaysPutInBothOrientations() throws IOException {
        // a touch-only kiosk: no speech model, no Talk
        recognizer.setStatus(RecognizerStatus.off("No speech model."));
        for (Dimension size : List.of(PORTRAIT, LANDSCAPE)) {
            String orientation = size == PORTRAIT ? "portrait" : "landscape";
            resize(size);
            for (String theme : List.of("standard", "contrast")) {
                for (String text : List.of("text-normal", "text-large", "text-largest")) {
                    boolean first = text.equals("text-normal");
                    String look = theme + "-" + text.substring(5);
                    KioskPage page = welcome(theme, text);
                    assertTrue(page.shows("welcome-headphones"), "the kiosk has a headphone jack");
                    Walk walk = walkToTopic(page, orientation, look, false);
                    Map<String, Map<String, Long>> topic = walk.topic();
                    // a long page says so: More below, with Next part (Previous part is not drawn at its top)
                    assertTrue(page.shows("next-part"));
                    assertFalse(page.shows("previous-part"));
                    assertEquals(
                            List.of("next-part"),
                            topic.keySet().stream()
                                    .filter(id -> !FRAME.contains(id))
                                    .toList(),
                            "beside the frame, a topic's top shows only Next part");
                    page.tap("next-part");
                    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> page.shows("previous-part"));
                    look(page, orientation, look, "5-topic-next-part", 6, false);
                    page.script("document.getElementById('content').scrollTop = 1e6;");
                    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !page.shows("more-below"));
                    look(page, orientation, look, "6-topic-end", 6, first);
                    assertFalse(page.shows("talk"), "no Talk without a speech model");
                    assertTrue(page.shows("finished"), "I'm finished at the topic's end");
                    assertFrameStaysPut(FRAME, orientation + " " + look, walk, List.of());
                    double share = frameShare(page);
                    if (size == PORTRAIT) {
                        assertTrue(share <= 0.15, "portrait frame takes " + share);
                    }
                    if (!first) {
                        if (text.equals("text-largest")) {
                            // the help card is read, so it follows the text size; Text and colors
                            // keeps one size (its buttons show the sizes)
                            page.tap("help-now");
                            page.waitUntilShown("help-card");
                            look(page, orientation, look, "7-help-card", 3, true);
                            assertEquals(36.0, fontSize(page, "help-front-desk"), "the card's text at Largest");
                            assertTrue(onScreen(page, "help-close"), "Close is in sight without scrolling");
                            assertEquals(
                                    Boolean.TRUE,
                                    page.script("const box = document.querySelector('#help-card .dialog-box');"
                                            + " return box.scrollHeight <= box.clientHeight;"),
                                    "with every line set, the card fits at Largest: nothing hides under Close");
                            page.tap("help-close");
                        }
                        page.tap("finished").waitForHeading("Welcome");
                        continue;
                    }
                    page.tap("help-now");
                    page.waitUntilShown("help-card");
                    look(page, orientation, look, "7-help-card", 3, true);
                    // the card says what the clinic set (KioskLayoutIT: and leaves out what it did not)
                    assertEquals("Need help now?", page.text("help-card-title"));
                    assertTrue(page.text("help-cannot-cope").startsWith("If you cannot cope right now"));
                    assertEquals("Crisis line, open day and night: 988", page.text("help-crisis-line"));
                    assertEquals(
                            "Where it is: Near the main doors, on your left", page.text("help-front-desk-location"));
                    assertEquals("Nurse line: 555-0100", page.text("help-nurse-line"));
                    assertEquals("After hours: 555-0199", page.text("help-out-of-hours-line"));
                    assertTrue(onScreen(page, "help-close"), "Close is in sight without scrolling");
                    assertFalse(page.shows("help-desk-message"), "the front desk is not named a third time");
                    assertTrue(
                            page.text("help-cannot-cope").endsWith("Someone will help you right away."), "US English");
                    page.tap("help-close");
                    page.tap("text-and-colours");
                    page.waitUntilShown("text-and-colours-panel");
                    look(page, orientation, look, "8-text-and-colours", 5, true);
                    page.tap("text-and-colours-done");
                    page.script("document.getElementById('content').scrollTop = 0;");
                    page.tap("read-aloud");
                    page.waitUntilShown("speech-pause");
                    Map<String, Map<String, Long>> reading = look(page, orientation, look, "9-reading", 14, true);
                    assertEquals(topic.get("help-now"), reading.get("help-now"), "reading moved Need help");
                    assertEquals("Pause", page.text("speech-pause"));
                    assertEquals("Now reading: Treatment options", page.text("speech-status"));
                    page.tap("speech-pause");
                    look(page, orientation, look, "10-paused", 14, false);
                    page.tap("speech-stop");
                    page.waitUntilGone("read-aloud-bar");
                    // the idle question on a short screen (the section's list)
                    page.tap("back").waitForHeading("Treatment and decisions");
                    clock.advance(Duration.ofSeconds(95));
                    page.waitUntilShown("idle-warning");
                    look(page, orientation, look, "11-idle-warning", 2, true);
                    page.tap("idle-finished").waitForHeading("Welcome");
                    nextInThisSection();
                }
            }
        }
        assertEquals(List.of(), serious);
    }

    /**
     * Voice on: Talk joins the frame. The topic page (and every screen on the way to it) still shows
     * at most six controls when nothing is read: Listen, Back, Home, Need help, Text and colors and
     * Talk; none moves between screens, and the frame keeps to 15 % of the height in portrait.
     */
    @Test
    void withTalkShownTheFrameKeepsToSixControlsInBothOrientations() throws IOException {
        List<String> frame = new ArrayList<>(FRAME);
        frame.add("talk");
        for (Dimension size : List.of(PORTRAIT, LANDSCAPE)) {
            String orientation = size == PORTRAIT ? "portrait" : "landscape";
            resize(size);
            for (String theme : List.of("standard", "contrast")) {
                for (String text : List.of("text-normal", "text-largest")) {
                    String look = "talk-" + theme + "-" + text.substring(5);
                    KioskPage page = welcome(theme, text);
                    page.waitUntilShown("talk");
                    Walk walk = walkToTopic(page, orientation, look, true);
                    Map<String, Map<String, Long>> topic = walk.topic();
                    assertTrue(topic.containsKey("talk"), "Talk is shown: " + topic.keySet());
                    assertEquals(
                            List.of("next-part"),
                            topic.keySet().stream()
                                    .filter(id -> !frame.contains(id))
                                    .toList(),
                            "beside the six, a topic's top shows only Next part");
                    page.script("document.getElementById('content').scrollTop = 1e6;");
                    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !page.shows("more-below"));
                    Map<String, Map<String, Long>> end = look(page, orientation, look, "6-topic-end", 6, false);
                    assertFrameStaysPut(frame, orientation + " " + look, walk, List.of(end));
                    double share = frameShare(page);
                    if (size == PORTRAIT) {
                        assertTrue(share <= 0.15, "portrait frame with Talk takes " + share);
                    }
                    page.tap("finished").waitForHeading("Welcome");
                }
            }
        }
        assertEquals(List.of(), serious);
    }
}
