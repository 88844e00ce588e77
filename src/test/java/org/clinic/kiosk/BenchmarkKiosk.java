package org.clinic.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the browser benchmarks share: the real kiosk on a free port with its benchmark settings
 * (own data folder, no topic overrides, no warm-up, quiet log), and headless Chromium with the
 * flags the kiosk's own browser uses.
 */
public final class BenchmarkKiosk {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private BenchmarkKiosk() {}

    public static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** The kiosk with {@code extra} configuration classes (e.g. a recognizer at the boundary). */
    public static ConfigurableApplicationContext start(Class<?>... extra) {
        Class<?>[] sources = new Class<?>[extra.length + 1];
        sources[0] = KioskApplication.class;
        System.arraycopy(extra, 0, sources, 1, extra.length);
        return new SpringApplicationBuilder(sources)
                .properties(
                        "server.port=0",
                        "kiosk.speech.warm-up=false",
                        "kiosk.data-dir=target/bench-data",
                        "kiosk.content-dir=target/no-topic-overrides",
                        "logging.level.root=warn")
                .run();
    }

    public static String baseUrl(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    /** Headless Chromium at {@code width} x {@code height}, sound allowed, plus {@code extra} flags. */
    public static ChromeDriver chromium(int width, int height, List<String> extra) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--autoplay-policy=no-user-gesture-required",
                "--window-size=" + width + "," + height);
        options.addArguments(extra);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        return new ChromeDriver(options);
    }
}
