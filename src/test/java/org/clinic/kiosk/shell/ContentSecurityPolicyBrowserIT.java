package org.clinic.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.BrowserTest;
import org.clinic.kiosk.KioskPage;
import org.clinic.kiosk.staff.StaffPins;
import org.clinic.kiosk.staff.ui.StaffBrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The kiosk under its own Content-Security-Policy in real Chromium: a walk through every kind of
 * screen (Vaadin's production bundle, the kiosk's static scripts, read-aloud audio, the staff
 * sign-in and the report's SVG charts) with nothing blocked, checked after every browser test by
 * {@link BrowserTest}; and proof that the check sees a blocked load.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTest {

    private final WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

    @Test
    void aWalkThroughEveryKindOfScreenBreaksNoRuleOfThePolicy() {
        open("").waitForHeading("Welcome");
        KioskPage page = open("home");
        page.tap("category-planning").tap("topic-hospice-care").waitForHeading("Hospice care");
        page.tap("read-aloud");
        wait.until(
                d -> ((Number) page.script("return document.getElementById('speech-audio').currentTime;")).doubleValue()
                        > 0.2);
        page.tap("speech-stop");
        assertThat(page.script("return !!window.__kioskInstalled;"))
                .as("kiosk.js ran")
                .isEqualTo(true);

        StaffPins.set(Path.of("target/test-data"), "482913");
        KioskPage staff = open("staff");
        StaffBrowserIT.signIn(staff, "482913");
        staff.waitForHeading("Kiosk use");
        staff.waitUntilShown("heat-map");
        staff.tap("staff-exit").waitForHeading("Welcome");
        assertThat(contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void anImageFromAnotherOriginIsBlockedAndTheCheckSeesIt() {
        KioskPage page = open("home");
        page.script("const img = document.createElement('img'); img.src = 'http://127.0.0.2:9/tracker.png';"
                + " document.body.appendChild(img);");
        List<String> seen = new ArrayList<>();
        wait.until(d -> {
            seen.addAll(contentSecurityPolicyViolations());
            return !seen.isEmpty();
        });
        assertThat(seen).anySatisfy(message -> assertThat(message)
                .contains("http://127.0.0.2:9/tracker.png")
                .contains("img-src 'self' data: blob:"));
    }
}
