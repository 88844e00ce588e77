package org.clinic.kiosk.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clinic.kiosk.shell.Sentences;
import org.clinic.kiosk.speech.freetts.FreeTtsSynthesizer;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;

/**
 * Prints speech figures as medians: {@code ./kiosk bench speech}.
 *
 * <p>"Press to first byte" is measured in-process over exactly the server work a Read aloud press
 * causes: from the start of {@link SpeechOutput#speak} for the screen's first line (as the bar does
 * in the click) through WAV encoding with the volume's gain to the first byte written to the
 * response stream. It leaves out the network, Vaadin's round trip and the browser's decoding.
 * When Chromium is installed it then measures the same press end to end in the browser
 * ({@link BrowserTiming}).
 */
public final class SpeechBenchmark {

    private static final int RUNS = 21;

    /** Notes when the first byte arrives. */
    private static final class FirstByte extends OutputStream {
        long at;

        @Override
        public void write(int b) {
            mark();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            mark();
        }

        private void mark() {
            if (at == 0) {
                at = System.nanoTime();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        serverSpan();
        if (!BrowserTiming.available()) {
            System.out.println("  in the browser: skipped, Chromium and chromedriver are not installed");
            return;
        }
        browserSpan();
        System.exit(0);
    }

    private static void serverSpan() throws Exception {
        TopicCatalog catalog = TopicCatalog.load(Path.of("target/no-topic-overrides"));
        List<String> firstLines = new ArrayList<>();
        List<String> warmTexts = new ArrayList<>();
        List<String> bodySentences = new ArrayList<>();
        for (Topic topic : catalog.all()) {
            firstLines.add(topic.title() + ".");
            warmTexts.add(topic.title());
            warmTexts.add(topic.summary());
            topic.bodyUnits().forEach(unit -> bodySentences.addAll(Sentences.split(unit)));
        }
        Pronunciations pronunciations = Pronunciations.load(Path.of("kiosk-config/pronunciations.txt"));

        long heapBefore = usedHeap();
        long allocStart = System.nanoTime();
        try (FreeTtsSynthesizer voice = new FreeTtsSynthesizer(1)) {
            voice.load();
            double allocMs = (System.nanoTime() - allocStart) / 1e6;
            long voiceBytes = usedHeap() - heapBefore;
            // the first press after start-up meets a loaded voice but code the JIT has not compiled yet
            double firstEver;
            try (SpeechOutput speech = new SpeechOutput(voice, pronunciations, 32L << 20)) {
                firstEver = pressToFirstByte(speech, firstLines.getFirst());
            }

            // synthesis real-time factor: time to make / length of the sound, over the topics' sentences
            double[] rtf = new double[RUNS];
            double[] rtfMedianSentenceMs = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                List<Double> factors = new ArrayList<>();
                List<Double> millis = new ArrayList<>();
                for (int i = run % 5; i < bodySentences.size(); i += 5) {
                    String text = new EarText(pronunciations).prepare(bodySentences.get(i));
                    long start = System.nanoTime();
                    SpokenAudio audio = voice.synthesize(text, 1.0);
                    long nanos = System.nanoTime() - start;
                    factors.add(nanos / (double) audio.duration().toNanos());
                    millis.add(nanos / 1e6);
                }
                rtf[run] = median(factors);
                rtfMedianSentenceMs[run] = median(millis);
            }

            // press to first byte, cold (nothing cached) and cached
            double[] cold = new double[RUNS];
            double[] cached = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                String first = firstLines.get(run % firstLines.size());
                try (SpeechOutput speech = new SpeechOutput(voice, pronunciations, 32L << 20)) {
                    cold[run] = pressToFirstByte(speech, first);
                    cached[run] = pressToFirstByte(speech, first);
                }
            }
            double[] coldBody = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                try (SpeechOutput speech = new SpeechOutput(voice, pronunciations, 32L << 20)) {
                    coldBody[run] = pressToFirstByte(speech, bodySentences.get(run * 7 % bodySentences.size()));
                }
            }

            // the cache after the start-up warm-up of every title and summary
            SpeechOutput.CacheStats stats;
            double warmMs;
            long heapCacheBefore = usedHeap();
            try (SpeechOutput speech = new SpeechOutput(voice, pronunciations, 32L << 20)) {
                long start = System.nanoTime();
                speech.warmUpInBackground(warmTexts, SpeechRate.NORMAL).get();
                warmMs = (System.nanoTime() - start) / 1e6;
                stats = speech.cacheStats();
                long heapCache = usedHeap() - heapCacheBefore;
                System.out.printf(
                        "speech: FreeTTS kevin16, %d topics, %d body sentences, %d runs, medians%n",
                        catalog.all().size(), bodySentences.size(), RUNS);
                System.out.printf(
                        "  voice load (one word said to warm it): %.0f ms, about %.1f MB of heap%n",
                        allocMs, voiceBytes / 1048576.0);
                System.out.printf(
                        "  synthesis real-time factor: %.4f (median sentence %.1f ms to make)%n",
                        median(rtf), median(rtfMedianSentenceMs));
                System.out.printf(
                        "  press to first audio byte, the very first press in a fresh JVM (one run): %.1f ms%n",
                        firstEver);
                System.out.printf(
                        "  press to first audio byte, first line (a title), cold: %.1f ms (p90 %.1f)%n",
                        median(cold), percentile(cold, 0.9));
                System.out.printf(
                        "  press to first audio byte, first line (a title), cached: %.2f ms (p90 %.2f)%n",
                        median(cached), percentile(cached, 0.9));
                System.out.printf(
                        "  press to first audio byte, a body sentence, cold: %.1f ms (p90 %.1f)%n",
                        median(coldBody), percentile(coldBody, 0.9));
                System.out.printf(
                        "  warm-up of %d titles and summaries: %.0f ms; cache %d entries, %.2f MB counted"
                                + " (%.0f s of sound), heap grew about %.2f MB, limit %d MB%n",
                        warmTexts.size(),
                        warmMs,
                        stats.entries(),
                        stats.bytes() / 1048576.0,
                        stats.bytes() / 32000.0,
                        heapCache / 1048576.0,
                        stats.maxBytes() >> 20);
                System.out.printf(
                        "  targets (server span): cached < 150 ms: %s; cold < 300 ms: %s%n",
                        median(cached) < 150 ? "met" : "MISSED",
                        Math.max(median(cold), median(coldBody)) < 300 ? "met" : "MISSED");
            }
        }
    }

    private static void browserSpan() {
        BrowserTiming.Figures browser = BrowserTiming.measure(RUNS);
        System.out.printf(
                "  in headless Chromium, from the click on Read aloud to the first byte of the WAV response"
                        + " (%d topics, warm-up off):%n",
                RUNS);
        System.out.printf(
                "    cold (first press on a topic): %.1f ms (p90 %.1f)%n",
                median(browser.coldMillis()), percentile(browser.coldMillis(), 0.9));
        System.out.printf(
                "    cached (second press): %.1f ms (p90 %.1f)%n",
                median(browser.cachedMillis()), percentile(browser.cachedMillis(), 0.9));
        System.out.printf(
                "    click to the audio element's 'playing' event, cold: %.1f ms%n",
                median(browser.soundStartsMillis()));
        System.out.printf(
                "  targets (in the browser): cached < 150 ms: %s; cold < 300 ms: %s%n",
                median(browser.cachedMillis()) < 150 ? "met" : "MISSED",
                median(browser.coldMillis()) < 300 ? "met" : "MISSED");
    }

    private static double pressToFirstByte(SpeechOutput speech, String text) throws IOException {
        FirstByte out = new FirstByte();
        long start = System.nanoTime();
        SpokenAudio audio = speech.speak(text, SpeechRate.NORMAL).orElseThrow();
        SpeechOutput.writeWav(audio, SpeechVolume.LOUDER, out);
        return (out.at - start) / 1e6;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }
}
