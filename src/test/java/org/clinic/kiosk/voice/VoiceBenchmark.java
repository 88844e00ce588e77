package org.clinic.kiosk.voice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinic.kiosk.BenchmarkKiosk;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.voice.recognition.ScriptedRecognizer;
import org.clinic.kiosk.voice.recognition.vosk.VoskBenchmark;
import org.clinic.kiosk.voice.ui.RecordingRecognizer;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The voice pipeline's own latency: {@code ./kiosk bench voice [MODEL_DIR]}. The real kiosk on a
 * free port with a scripted recognizer at the boundary, and headless Chromium whose fake
 * microphone plays "tell me about hospice" (FreeTTS, 0.5 s of quiet before, 2 s after). Each run
 * opens the home screen, presses Talk and waits for the hospice topic, as a patient would. Timed
 * in the page with {@code performance.now()}:
 * <ul>
 *   <li>last chunk to topic shown: from the start of the POST whose reply ended the question
 *       (voice.js keeps its time) to the topic's {@code h1} in the page (a MutationObserver);</li>
 *   <li>end of speech to topic shown: from the moment the page had the last loud 20 ms frame of
 *       the question (found in the samples the recognizer received, placed in time by when the
 *       page got the chunk holding it), which includes the 0.6 s endpoint silence.</li>
 * </ul>
 * Then Vosk's own figures ({@link VoskBenchmark}), or its one line saying no model is installed.
 */
public final class VoiceBenchmark {

    private static final String QUESTION = "tell me about hospice";
    private static final int WARM_UPS = 2;
    private static final int RUNS = 20;

    private VoiceBenchmark() {}

    /** The benchmark's beans: not a @Configuration, so the app tests' component scan never picks it up. */
    static class Bench {
        @Bean
        ScriptedRecognizer benchScripted() {
            return new ScriptedRecognizer();
        }

        @Bean
        @Primary
        RecordingRecognizer benchRecording(ScriptedRecognizer scripted) {
            return new RecordingRecognizer(scripted);
        }
    }

    /** Notes, in the page, when the topic's heading first shows. */
    private static final String WATCH_HEADING = """
            const title = arguments[0];
            window.__topicShownAt = null;
            const seen = () => {
              const h = document.querySelector('#content h1');
              if (window.__topicShownAt === null && h && h.textContent.trim() === title) {
                window.__topicShownAt = performance.now();
              }
            };
            new MutationObserver(seen).observe(document.body, {subtree: true, childList: true, characterData: true});
            """;

    private record Run(double lastChunkToTopic, double endOfSpeechToTopic) {}

    public static void main(String[] args) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            System.out.println("Chromium is not installed: no voice pipeline figures.");
        } else {
            pipeline();
        }
        System.out.println();
        VoskBenchmark.main(args);
    }

    private static void pipeline() throws Exception {
        FakeMicrophone.Spoken fixture = FakeMicrophone.spoken("bench-question.wav", QUESTION, 0.5, 2.0);
        ConfigurableApplicationContext app = BenchmarkKiosk.start(Bench.class);
        ScriptedRecognizer scripted = app.getBean(ScriptedRecognizer.class);
        RecordingRecognizer recording = app.getBean(RecordingRecognizer.class);
        String title = app.getBean(TopicCatalog.class)
                .byId("hospice-care")
                .orElseThrow()
                .title();
        ChromeDriver driver = BenchmarkKiosk.chromium(1920, 1080, FakeMicrophone.arguments(fixture.wav()));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Run> runs = new ArrayList<>();
        int unplaced = 0;
        String format = "";
        try {
            String base = BenchmarkKiosk.baseUrl(app);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            for (int i = 0; i < WARM_UPS + RUNS; i++) {
                driver.get(base + "/home");
                wait.until(d -> !d.findElements(By.id("talk")).isEmpty()
                        && !d.findElements(By.cssSelector("#content h1")).isEmpty());
                // nothing listens on the home screen before Talk: the script is this page's alone
                scripted.reset();
                recording.clear();
                scripted.willHear(QUESTION);
                driver.executeScript(WATCH_HEADING, title);
                driver.findElement(By.id("talk")).click();
                try {
                    wait.until(d -> driver.executeScript("return window.__topicShownAt;") != null);
                } catch (org.openqa.selenium.TimeoutException e) {
                    throw new IllegalStateException("run " + i + ": no topic; the page shows "
                            + driver.executeScript("return [document.querySelector('#content h1').textContent,"
                                    + " document.getElementById('mic-indicator').textContent,"
                                    + " document.getElementById('heard').textContent,"
                                    + " document.getElementById('voice-result').textContent];")
                            + "; utterances " + scripted.utterances().size());
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> page = (Map<String, Object>) driver.executeScript("""
                        const q = document.getElementById('microphone').__kioskVoice.lastQuestion;
                        return {shown: window.__topicShownAt, madeAt: q.madeAt, sentAt: q.sentAt,
                                bytesThrough: q.bytesThrough, format: q.format};
                        """);
                short[] received = recording.samples().getFirst();
                // leave the page (its reading and microphone stop with it) and let the server let go
                // of its UI, so the next run has the machine and the script to itself
                driver.get("about:blank");
                Thread.sleep(1_000);
                if (i < WARM_UPS) {
                    continue;
                }
                double shown = number(page, "shown");
                double lastChunk = shown - number(page, "sentAt");
                format = (String) page.get("format");
                double endOfSpeech = Double.NaN;
                long samplesThrough = (long) number(page, "bytesThrough") / 2;
                // placed in time only when the page sent 16 kHz 16-bit mono and the recognizer got
                // exactly the question's chunks (its cut falls inside the last one)
                if ("s16le;rate=16000;channels=1".equals(format)
                        && received.length <= samplesThrough
                        && received.length > samplesThrough - 1_600) {
                    int speechEnd = FakeMicrophone.speechSpan(received)[1];
                    double speechEndAt =
                            number(page, "madeAt") - (samplesThrough - speechEnd) * 1000.0 / FakeMicrophone.RATE;
                    endOfSpeech = shown - speechEndAt;
                } else {
                    unplaced++;
                }
                runs.add(new Run(lastChunk, endOfSpeech));
            }
        } finally {
            driver.quit();
            app.close();
        }
        System.out.printf(
                Locale.ROOT,
                "Voice pipeline (scripted recognizer, real kiosk, headless Chromium, fake microphone sending %s), %d runs after %d warm-ups:%n",
                format,
                runs.size(),
                WARM_UPS);
        print(
                "last audio chunk sent -> topic shown",
                runs.stream().map(Run::lastChunkToTopic).toList());
        List<Double> ends = runs.stream()
                .map(Run::endOfSpeechToTopic)
                .filter(d -> !d.isNaN())
                .toList();
        if (ends.isEmpty()) {
            System.out.println("  end of speech -> topic shown: not measurable (the page did not send 16 kHz 16-bit"
                    + " mono, or the samples did not line up with the chunks)");
        } else {
            print("end of speech -> topic shown (incl. 0.6 s endpoint silence)", ends);
            if (unplaced > 0) {
                System.out.printf(Locale.ROOT, "  (%d runs could not be placed in time and are left out)%n", unplaced);
            }
        }
        System.out.println("  target: last chunk -> topic shown under 100 ms median");
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    private static void print(String what, List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "  %s: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms, n %d%n",
                what,
                percentile(sorted, 50),
                percentile(sorted, 90),
                sorted[0],
                sorted[sorted.length - 1],
                sorted.length);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
