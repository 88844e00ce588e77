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
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.pocketsphinx.PocketSphinxBenchmark;
import org.clinic.kiosk.voice.recognition.pocketsphinx.TestPocketSphinx;
import org.clinic.kiosk.voice.recognition.vosk.VoskBenchmark;
import org.clinic.kiosk.voice.ui.RecordingRecognizer;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The voice pipeline's latency and each engine's figures: {@code ./kiosk bench voice [MODEL_DIR]}.
 * The real kiosk on a free port, first with a scripted recognizer at the boundary (the pipeline's
 * own cost), then with the real PocketSphinx when it is installed, and headless Chromium whose
 * fake microphone plays "tell me about hospice" (FreeTTS, 0.5 s of quiet before, 2 s after). Each
 * run opens the home screen, presses Talk and waits for the hospice topic, as a patient would.
 * Timed in the page with {@code performance.now()}:
 * <ul>
 *   <li>last chunk to topic shown: from the start of the POST whose reply ended the question
 *       (voice.js keeps its time) to the topic's {@code h1} in the page (a MutationObserver);</li>
 *   <li>end of speech to topic shown: from the moment the page had the last loud 20 ms frame of
 *       the question (found in the samples the recognizer received, placed in time by when the
 *       page got the chunk holding it), which includes the 0.6 s endpoint silence.</li>
 * </ul>
 * Then PocketSphinx's figures ({@link PocketSphinxBenchmark}: grammar build time, accuracy and
 * real-time factor per voice, grammar-biased and open) and Vosk's ({@link VoskBenchmark}), or a line
 * saying which engine is not installed.
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

    /** The kiosk's own recognizer (PocketSphinx), recorded so the end of speech can be placed in time. */
    static class RealBench {
        @Bean
        @Primary
        RecordingRecognizer benchRecording(@Qualifier("speechRecognizer") SpeechRecognizer kiosks) {
            return new RecordingRecognizer(kiosks);
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
            pipeline(false);
            System.out.println();
            if (TestPocketSphinx.installed()) {
                pipeline(true);
            } else {
                System.out.println("PocketSphinx is not installed: no pipeline figures with it.");
            }
        }
        System.out.println();
        PocketSphinxBenchmark.main(new String[0]);
        System.out.println();
        VoskBenchmark.main(args);
    }

    /** With the real PocketSphinx ({@code real}) or the scripted recognizer. */
    private static void pipeline(boolean real) throws Exception {
        FakeMicrophone.Spoken fixture = FakeMicrophone.spoken("bench-question.wav", QUESTION, 0.5, 2.0);
        // a system property outranks the configuration file; without a Vosk model "vosk" is touch-only
        System.setProperty("kiosk.voice.engine", real ? "pocketsphinx" : "vosk");
        ConfigurableApplicationContext app;
        try {
            app = BenchmarkKiosk.start(real ? RealBench.class : Bench.class);
        } finally {
            System.clearProperty("kiosk.voice.engine");
        }
        ScriptedRecognizer scripted = real ? null : app.getBean(ScriptedRecognizer.class);
        RecordingRecognizer recording = app.getBean(RecordingRecognizer.class);
        long loading = System.nanoTime();
        while (!recording.status().ready() && System.nanoTime() - loading < 120_000_000_000L) {
            Thread.sleep(100);
        }
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
                recording.clear();
                if (scripted != null) {
                    scripted.reset();
                    scripted.willHear(QUESTION);
                }
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
                            + "; utterances " + recording.samples().size());
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
                "Voice pipeline (%s, real kiosk, headless Chromium, fake microphone sending %s), %d runs after %d warm-ups:%n",
                real ? "PocketSphinx with the kiosk's grammar" : "scripted recognizer",
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
        System.out.println(
                real
                        ? "  target: end of speech -> topic shown under 900 ms median"
                        : "  target: last chunk -> topic shown under 100 ms median");
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
