package org.clinic.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.clinic.kiosk.staff.StaffPins;
import org.clinic.kiosk.staff.ui.StaffBrowserIT;
import org.clinic.kiosk.usage.UsageLog;
import org.clinic.kiosk.usage.UsageSeed;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizerConfiguration;
import org.clinic.kiosk.voice.ui.Microphone;
import org.clinic.kiosk.voice.ui.MicrophoneHook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * axe-core, WCAG 2.2 A to AAA rules, on every kind of screen: no serious or critical violation.
 * Voice input is ready (scripted recognizer), so the Talk panel is on every screen, and its
 * states are reached by playing the microphone on the server.
 */
@Import({ScriptedRecognizerConfiguration.class, MicrophoneHook.class})
class AccessibilityBrowserIT extends BrowserTest {

    /** A quiet room: the Talk button really opens a (fake) microphone that hears silence. */
    static java.util.List<String> chromiumArguments() {
        return org.clinic.kiosk.voice.FakeMicrophone.arguments(org.clinic.kiosk.voice.FakeMicrophone.silence());
    }

    private static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag2aaa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private final List<String> serious = new ArrayList<>();

    @Autowired
    private UsageLog usageLog;

    private void check(String name, String path, Consumer<KioskPage> before) {
        KioskPage page = open(path);
        before.accept(page);
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        for (Rule rule : results.getViolations()) {
            String line = name + ": " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
                    + rule.getNodes().stream()
                            .map(n -> n.getTarget() + " " + n.getFailureSummary())
                            .toList();
            System.out.println("axe " + line);
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(line);
            }
        }
    }

    @Test
    void everyScreenTypeHasNoSeriousOrCriticalViolation() throws Exception {
        Consumer<KioskPage> nothing = page -> {};
        check("welcome", "", nothing);
        check("home", "home", nothing);
        check("category", "category/understanding", nothing);
        check("topic", "topic/types-of-recurrence", nothing);
        check("help topic", "topic/when-to-ask-for-help", nothing);
        check("help card", "home", page -> page.tap("help-now").waitUntilShown("help-card"));
        check("text and colours", "home", page -> page.tap("text-and-colours")
                .waitUntilShown("text-and-colours-panel"));
        check("about", "about", nothing);
        check("not found", "topic/no-such-topic", nothing);
        check("high contrast topic", "topic/hospice-care", page -> page.display("contrast"));
        check("high contrast home", "home", page -> page.display("contrast"));
        check("largest text topic", "topic/clinical-trials", page -> page.display("text-largest"));
        check("idle warning", "category/planning", page -> {
            clock.advance(Duration.ofSeconds(95));
            page.waitUntilShown("idle-warning");
        });
        // read aloud (speech): the bar while reading, a sentence highlighted, and the voice-failure message style
        check("reading topic", "topic/hospice-care", page -> {
            page.tap("read-aloud");
            page.waitUntilEnabled("speech-stop");
        });
        check("reading high contrast", "topic/what-is-recurrence", page -> {
            page.display("contrast");
            page.tap("read-aloud");
            page.waitUntilEnabled("speech-stop");
        });
        check("help card high contrast", "topic/hospice-care", page -> {
            page.display("contrast");
            page.tap("help-now");
            page.waitUntilShown("help-card");
        });
        check("paused largest text", "home", page -> {
            page.display("text-largest");
            page.tap("read-aloud");
            page.tap("speech-pause");
        });
        resize(PORTRAIT);
        check("portrait reading topic", "topic/hospice-care", page -> {
            page.tap("read-aloud");
            page.waitUntilEnabled("speech-stop");
        });
        check("portrait topic", "topic/family-and-friends", nothing);
        check("portrait high contrast idle warning", "home", page -> {
            page.display("contrast");
            clock.advance(Duration.ofSeconds(95));
            page.waitUntilShown("idle-warning");
        });
        voiceStates();
        staffScreens();
        assertEquals(List.of(), serious);
    }

    /**
     * Voice input (issue 6): listening, a choice of two, a command asked about first, and not understood, in
     * both themes.
     */
    private void voiceStates() {
        resize(LANDSCAPE);
        check("voice listening", "topic/hospice-care", page -> {
            page.tap("talk");
            MicrophoneHook.state(Microphone.State.LISTENING);
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> page.text("mic-indicator").contains("Listening"));
        });
        check("voice choice", "home", page -> {
            page.tap("talk");
            MicrophoneHook.heard("cancer");
            page.waitUntilShown("choice-2");
        });
        check("voice command asked first", "topic/hospice-care", page -> {
            page.tap("talk");
            MicrophoneHook.heard("sorry can you go bag please", List.of("sorry can you go back please"));
            page.waitUntilShown("choice-2");
        });
        check("voice not understood high contrast", "home", page -> {
            page.display("contrast");
            page.tap("talk");
            MicrophoneHook.heard("purple elephant xylophone");
            page.waitUntilShown("suggestion-3");
        });
        resize(PORTRAIT);
        check("portrait voice choice largest text", "topic/hospice-care", page -> {
            page.display("text-largest");
            page.tap("talk");
            MicrophoneHook.heard("cancer");
            page.waitUntilShown("choice-2");
        });
        resize(LANDSCAPE);
    }

    /** The staff area: sign-in without and with a PIN, a wrong PIN, the reports in both themes. */
    private void staffScreens() throws Exception {
        resize(LANDSCAPE);
        Path data = Path.of("target/test-data");
        // real figures in every part of the report: the seeded week (see UsageSeed)
        UsageSeed.seed(usageLog, clock, data);
        StaffPins.remove(data);
        check("staff sign-in without a PIN", "staff", page -> page.waitUntilShown("staff-no-pin"));
        StaffPins.set(data, "482913");
        check("staff sign-in", "staff", page -> page.waitUntilShown("staff-keypad"));
        check("staff wrong PIN", "staff", page -> {
            StaffBrowserIT.signIn(page, "111111");
            page.waitUntilShown("staff-login-message");
        });
        check("staff reports", "staff", page -> {
            StaffBrowserIT.signIn(page, "482913");
            page.waitForHeading("Kiosk use");
            showSeededWeek(page);
            page.script("document.querySelectorAll('details').forEach(d => d.open = true);");
        });
        check("staff reports high contrast", "staff/reports", page -> {
            page.waitForHeading("Kiosk use");
            showSeededWeek(page);
            page.tap("staff-contrast");
            page.script("document.querySelectorAll('details').forEach(d => d.open = true);");
        });
        check("staff try a question", "staff/try-question", page -> {
            driver.findElement(org.openqa.selenium.By.cssSelector("#try-question input"))
                    .sendKeys("where do I park");
            page.tap("try-question-ask");
            page.waitUntilShown("try-question-answer");
        });
        check("staff try a question, high contrast", "staff/try-question", page -> {
            page.tap("staff-contrast");
            driver.findElement(org.openqa.selenium.By.cssSelector("#try-question input"))
                    .sendKeys("can they still treat it");
            page.tap("try-question-ask");
            page.waitUntilShown("try-question-candidates");
        });
        resize(PORTRAIT);
        check("staff reports portrait", "staff/reports", page -> {
            page.waitForHeading("Kiosk use");
            showSeededWeek(page);
        });
        KioskPage last = open("staff/reports");
        last.tap("staff-exit").waitForHeading("Welcome");
    }

    private static void showSeededWeek(KioskPage page) {
        StaffBrowserIT.pickDays(page, UsageSeed.FIRST_DAY, UsageSeed.LAST_DAY);
        assertEquals("Showing: Mon 1 Dec 2025 to Sun 7 Dec 2025", page.text("report-range"));
        assertEquals("5", page.text("figure-visits"));
        assertEquals("2 (50.0%)", page.text("figure-not-understood"));
    }
}
