package org.clinic.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Starts the real app on a random port and drives it with headless Debian Chromium. The clock is
 * the test's, so idle time passes when the test says so. A failing test leaves a screenshot in
 * {@code target/screenshots/}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kiosk.data-dir=target/test-data",
            "kiosk.content-dir=target/no-topic-overrides",
            // touch-only unless the Vosk model is installed, as before PocketSphinx came; a test that
            // listens with PocketSphinx asks for it
            "kiosk.voice.engine=vosk"
        })
@Import(TestClockConfiguration.class)
public abstract class BrowserTest {

    public static final Dimension LANDSCAPE = new Dimension(1920, 1080);
    public static final Dimension PORTRAIT = new Dimension(1080, 1920);
    /** Debian's chromium and chromium-driver by default; KIOSK_CHROMIUM / KIOSK_CHROMEDRIVER override. */
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("KIOSK_CHROMIUM", "/usr/bin/chromium"));

    private static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("KIOSK_CHROMEDRIVER", "/usr/bin/chromedriver"));

    protected static ChromeDriver driver;

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver == null) {
                return;
            }
            try {
                Path folder = Files.createDirectories(Path.of("target/screenshots"));
                Path file = folder.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + ".png");
                Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not save a screenshot: " + e);
            }
        }
    };

    /**
     * Extra Chromium arguments a test class asks for: a static method {@code chromiumArguments()}
     * returning {@code List<String>} on it (e.g. a fake microphone fed from a file it made).
     */
    private static java.util.List<String> chromiumArguments(Class<?> testClass) {
        try {
            java.lang.reflect.Method method = testClass.getDeclaredMethod("chromiumArguments");
            method.setAccessible(true);
            @SuppressWarnings("unchecked")
            java.util.List<String> arguments = (java.util.List<String>) method.invoke(null);
            return arguments;
        } catch (NoSuchMethodException e) {
            return java.util.List.of();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("chromiumArguments() of " + testClass.getName() + " failed", e);
        }
    }

    @BeforeAll
    static void startBrowser(org.junit.jupiter.api.TestInfo testInfo) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("KIOSK_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException(
                    "Chromium and chromedriver are required (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--window-size=1920,1080",
                "--lang=en-US",
                // as deploy/kiosk-browser.sh: read-aloud audio may start without a gesture on the page
                "--autoplay-policy=no-user-gesture-required");
        testInfo.getTestClass().map(BrowserTest::chromiumArguments).ifPresent(options::addArguments);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
        // the console, so each test can check that the Content-Security-Policy blocked nothing
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /**
     * What the page tried that the kiosk's Content-Security-Policy blocked, from the browser's
     * console since the last call (each call empties it).
     */
    protected static List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /** Every browser walk doubles as a check that the policy lets the kiosk's pages and scripts work. */
    @AfterEach
    void theContentSecurityPolicyBlockedNothing() {
        if (driver != null) {
            assertEquals(List.of(), contentSecurityPolicyViolations(), "Content-Security-Policy violations");
        }
    }

    @BeforeEach
    void landscapeByDefault() {
        resize(LANDSCAPE);
    }

    /** Sets the size of the page area (not the whole window) to the kiosk screen's size. */
    protected void resize(Dimension viewport) {
        driver.manage().window().setSize(viewport);
        Object inner = driver.executeScript("return [window.innerWidth, window.innerHeight];");
        if (inner instanceof java.util.List<?> sizes && sizes.size() == 2) {
            int dw = viewport.width - ((Number) sizes.get(0)).intValue();
            int dh = viewport.height - ((Number) sizes.get(1)).intValue();
            if (dw != 0 || dh != 0) {
                driver.manage().window().setSize(new Dimension(viewport.width + dw, viewport.height + dh));
            }
        }
    }

    /** Opens a kiosk address, e.g. "" for the welcome screen or "topic/hospice-care". */
    protected KioskPage open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
        return new KioskPage(driver).waitUntilReady();
    }
}
