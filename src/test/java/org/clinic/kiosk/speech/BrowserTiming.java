package org.clinic.kiosk.speech;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.BenchmarkKiosk;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The end-to-end figure for the speech benchmark: the real kiosk on a free port (warm-up off, so a
 * topic's first press is cold) and headless Chromium. The span is measured in the page: from the
 * Read aloud button's click event to {@code responseStart} of the WAV request in the browser's
 * resource timing, i.e. click, Vaadin round trip, synthesis, the audio request and its first byte.
 */
final class BrowserTiming {

    record Figures(double[] coldMillis, double[] cachedMillis, double[] soundStartsMillis) {}

    private static final String INSTALL = """
            window.__speechTiming = {};
            const button = document.getElementById('read-aloud');
            button.addEventListener('click', () => {
              performance.clearResourceTimings();
              window.__speechTiming = {click: performance.now()};
            }, {capture: true});
            const audio = document.getElementById('speech-audio');
            audio.addEventListener('playing', () => {
              if (window.__speechTiming.click && !window.__speechTiming.playing) {
                window.__speechTiming.playing = performance.now();
              }
            });
            """;

    private static final String READ = """
            const t = window.__speechTiming;
            if (!t.click || !t.playing) { return null; }
            const wav = performance.getEntriesByType('resource').filter(e => e.startTime >= t.click
                && (e.initiatorType === 'audio' || e.initiatorType === 'other' || e.name.includes('sentence-')));
            if (wav.length === 0) { return null; }
            return [wav[0].responseStart - t.click, t.playing - t.click];
            """;

    private BrowserTiming() {}

    static boolean available() {
        return BenchmarkKiosk.browserInstalled();
    }

    static Figures measure(int runs) {
        ConfigurableApplicationContext app = BenchmarkKiosk.start();
        ChromeDriver driver = BenchmarkKiosk.chromium(1920, 1080, List.of());
        try {
            String base = BenchmarkKiosk.baseUrl(app) + "/topic/";
            List<Topic> topics = app.getBean(TopicCatalog.class).all();
            double[] cold = new double[runs];
            double[] cached = new double[runs];
            double[] sound = new double[runs];
            press(driver, base + topics.getLast().id()); // one untimed press, so the JIT has seen the code path
            for (int run = 0; run < runs; run++) {
                String address = base + topics.get(run % topics.size()).id();
                double[] first = press(driver, address);
                double[] again = press(driver, address);
                cold[run] = first[0];
                sound[run] = first[1];
                cached[run] = again[0];
            }
            return new Figures(cold, cached, sound);
        } finally {
            driver.quit();
            app.close();
        }
    }

    /** Opens the page, presses Read aloud and returns [first byte, sound starts] in ms after the click. */
    private static double[] press(ChromeDriver driver, String address) {
        driver.get(address);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> !d.findElements(By.id("read-aloud")).isEmpty()
                && Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()));")));
        driver.executeScript(INSTALL);
        driver.findElement(By.id("read-aloud")).click();
        Object result = wait.until(d -> ((JavascriptExecutor) d).executeScript(READ));
        List<?> values = (List<?>) result;
        List<Double> out = new ArrayList<>();
        values.forEach(v -> out.add(((Number) v).doubleValue()));
        return new double[] {out.get(0), out.get(1)};
    }
}
