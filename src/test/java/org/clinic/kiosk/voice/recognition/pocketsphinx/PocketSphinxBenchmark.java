package org.clinic.kiosk.voice.recognition.pocketsphinx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.clinic.kiosk.voice.LabelledSpeech;
import org.clinic.kiosk.voice.SpokenPipeline;
import org.clinic.kiosk.voice.TestVoice;
import org.clinic.kiosk.voice.match.MatcherEvaluationTest.Labelled;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * PocketSphinx's figures: {@code ./kiosk bench pocketsphinx [all]} (also part of {@code ./kiosk
 * bench voice}). Load time; grammar build time at the kiosk's real vocabulary size (median of 11
 * fresh builds: language model, dictionary and a decoder ready); and, for every offline voice here,
 * the spoken questions and commands of {@code questions-holdout.tsv} and {@code
 * questions-tuning.tsv} (every 2nd, or all with {@code all}) played through the kiosk's pipeline
 * and matched, with the grammar and as open speech: top-1 accuracy and the real-time factor
 * (processor time inside the recognizer over the audio's length, the quiet around each question
 * included). Build times are given as wall time and as the building thread's processor time.
 */
public final class PocketSphinxBenchmark {

    private static final int BUILDS = 11;

    private PocketSphinxBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (!TestPocketSphinx.installed()) {
            System.out.println("pocketsphinx: not installed (" + PocketSphinxRecognizer.INSTALL
                    + "): PocketSphinx figures not measured");
            return;
        }
        long began = System.nanoTime();
        PocketSphinxRecognizer recognizer = new PocketSphinxRecognizer(PocketSphinxModel.DEBIAN);
        recognizer.start();
        recognizer.awaitLoaded(Duration.ofMinutes(5));
        RecognizerStatus status = recognizer.status();
        if (!status.ready()) {
            System.out.println("pocketsphinx: " + status.detail());
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "pocketsphinx: ready %.1f s after start (child-process check included): %s%n",
                (System.nanoTime() - began) / 1e9,
                status.detail());
        QuestionMatcher matcher = LabelledSpeech.matcher();
        grammarBuilds(recognizer, matcher.vocabulary());
        List<Labelled> items =
                args.length > 0 && args[0].equals("all") ? LabelledSpeech.all() : LabelledSpeech.everyNth(2);
        List<TestVoice> voices =
                Arrays.stream(TestVoice.values()).filter(TestVoice::available).toList();
        System.out.printf(
                Locale.ROOT,
                "pocketsphinx: %d spoken questions and commands a voice, through the pipeline, top-1 (real-time factor,"
                        + " processor time):%n",
                items.size());
        System.out.printf(Locale.ROOT, "  %-18s %-24s %-24s%n", "voice", "grammar-biased", "open");
        int[] totals = new int[4];
        for (TestVoice voice : voices) {
            String[] cells = new String[2];
            int column = 0;
            for (Vocabulary vocabulary : List.of(matcher.vocabulary(), Vocabulary.UNRESTRICTED)) {
                Result result = accuracy(recognizer, matcher, voice, items, vocabulary);
                cells[column] = String.format(
                        Locale.ROOT,
                        "%5.1f %% (%3d/%3d) RTF %.2f",
                        result.percent(),
                        result.right(),
                        result.total(),
                        result.rtf());
                totals[column * 2] += result.right();
                totals[column * 2 + 1] += result.total();
                column++;
            }
            System.out.printf(Locale.ROOT, "  %-18s %-24s %-24s%n", voice.label(), cells[0], cells[1]);
        }
        System.out.printf(
                Locale.ROOT,
                "  %-18s %5.1f %% (%d/%d)       %5.1f %% (%d/%d)%n",
                "all voices",
                100.0 * totals[0] / totals[1],
                totals[0],
                totals[1],
                100.0 * totals[2] / totals[3],
                totals[2],
                totals[3]);
        System.out.println("  target: at least 85 % across voices; grammar build under 50 ms");
        recognizer.close();
    }

    private static void grammarBuilds(PocketSphinxRecognizer recognizer, Vocabulary vocabulary) {
        double[] millis = new double[BUILDS];
        double[] cpu = new double[BUILDS];
        PocketSphinxRecognizer.GrammarReport report = null;
        for (int i = 0; i < BUILDS; i++) {
            List<String> phrases = new ArrayList<>(vocabulary.phrases());
            phrases.add("benchmark build " + i); // a vocabulary not built before
            long cpuBefore = TimedRecognizer.now();
            report = recognizer.prepare(new Vocabulary(phrases));
            cpu[i] = (TimedRecognizer.now() - cpuBefore) / 1e6;
            millis[i] = report.took().toNanos() / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        System.out.printf(
                Locale.ROOT,
                "pocketsphinx: grammar of the kiosk's %d phrases (%d words, %d left out) built and its decoder ready:"
                        + " median %.1f ms (%.1f ms of processor time), min %.1f ms, max %.1f ms (%d builds)%n",
                vocabulary.phrases().size(),
                report.words(),
                report.dropped().size(),
                millis[BUILDS / 2],
                cpu[BUILDS / 2],
                millis[0],
                millis[BUILDS - 1],
                BUILDS);
    }

    record Result(int right, int total, double rtf) {
        double percent() {
            return 100.0 * right / total;
        }
    }

    /** The items spoken by {@code voice}, split over the cores, each part through its own pipeline. */
    static Result accuracy(
            SpeechRecognizer recognizer,
            QuestionMatcher matcher,
            TestVoice voice,
            List<Labelled> items,
            Vocabulary vocabulary)
            throws Exception {
        int parts = Math.max(1, Runtime.getRuntime().availableProcessors());
        TimedRecognizer timed = new TimedRecognizer(recognizer);
        List<Future<Integer>> running = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(parts)) {
            for (int p = 0; p < parts; p++) {
                int part = p;
                running.add(threads.submit(() -> {
                    int right = 0;
                    try (SpokenPipeline pipeline = new SpokenPipeline(timed, LabelledSpeech.settings())) {
                        for (int i = part; i < items.size(); i += parts) {
                            Labelled item = items.get(i);
                            SpokenPipeline.Heard heard =
                                    pipeline.hear(voice.say(item.question()).inQuietRoom(0.5, 1.0), vocabulary);
                            if (!heard.nothing()
                                    && LabelledSpeech.label(
                                                    matcher.match(heard.words().text()))
                                            .equals(item.expected())) {
                                right++;
                            }
                        }
                    }
                    return right;
                }));
            }
            int right = 0;
            for (Future<Integer> r : running) {
                right += r.get();
            }
            return new Result(right, items.size(), timed.rtf());
        }
    }

    /**
     * Processor time spent inside the recognizer's calls (the calling thread's, native code
     * included, so other programs on the machine do not inflate it), over the audio it was fed.
     */
    static final class TimedRecognizer implements SpeechRecognizer {
        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();
        private final SpeechRecognizer inner;
        private final AtomicLong nanos = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();

        TimedRecognizer(SpeechRecognizer inner) {
            this.inner = inner;
        }

        double rtf() {
            return nanos.get() / 1e9 / (samples.get() / 16_000.0);
        }

        private static long now() {
            return THREADS.getCurrentThreadCpuTime();
        }

        @Override
        public RecognizerStatus status() {
            return inner.status();
        }

        @Override
        public Utterance begin(Vocabulary vocabulary) {
            long start = now();
            Utterance utterance = inner.begin(vocabulary);
            nanos.addAndGet(now() - start);
            return new Utterance() {
                @Override
                public Transcript accept(short[] audio, int length) {
                    long start = now();
                    Transcript partial = utterance.accept(audio, length);
                    nanos.addAndGet(now() - start);
                    samples.addAndGet(length);
                    return partial;
                }

                @Override
                public Transcript finish() {
                    long start = now();
                    Transcript heard = utterance.finish();
                    nanos.addAndGet(now() - start);
                    return heard;
                }

                @Override
                public void close() {
                    utterance.close();
                }
            };
        }
    }
}
