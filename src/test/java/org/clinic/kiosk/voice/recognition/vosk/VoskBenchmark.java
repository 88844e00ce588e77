package org.clinic.kiosk.voice.recognition.vosk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.clinic.kiosk.speech.freetts.FreeTtsSynthesizer;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.voice.match.MatchResult;
import org.clinic.kiosk.voice.match.MatcherConfiguration;
import org.clinic.kiosk.voice.match.MatcherSettings;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.Utterance;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * Vosk's figures with the real model: {@code ./kiosk bench vosk [MODEL_DIR]}. Without an installed
 * model it says so in one line and measures nothing (this is the case on the development machines,
 * which cannot reach the model's address; GitHub's runners install it, see .github/workflows/ci.yml).
 *
 * <ul>
 *   <li>model load time; the kiosk's real question vocabulary (built from the topics and the
 *       synonym file as at start-up): phrases, words, the words the model does not know;
 *   <li>grammar build time at that size ({@code vosk_recognizer_new_grm}, median of 5), and the
 *       first question's decode on a new recognizer against one on a reused recognizer;
 *   <li>per way of listening (the model's own graph; the grammar with {@code [unk]} listed once, as
 *       the kiosk did before; the grammar with {@code [unk]} at several shares of the counts): the
 *       real-time factor, the time from the last chunk to the final words, the spoken questions'
 *       top-1 accuracy through the real question matcher, and how often a second of silence and two
 *       seconds of noise came out as "nothing heard".
 * </ul>
 *
 * The questions are every third line of the tuning set ({@code voice/eval/tuning.tsv}: the set
 * meant for choosing such weights), spoken by the kiosk's FreeTTS voice (kevin16).
 */
public final class VoskBenchmark {

    private static final double[] SHARES = {0, 0.02, 0.05, 0.10, 0.20};

    private static final int BUILDS = 5;

    private record Spoken(String expected, String text, short[] audio) {}

    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : TestModels.installed();
        Optional<ModelFolder.Problem> problem = ModelFolder.check(folder);
        if (problem.isPresent()) {
            System.out.println("vosk: no speech model installed at " + folder + " ("
                    + problem.get().what() + "): Vosk figures not measured");
            return;
        }
        QuestionMatcher matcher = MatcherConfiguration.build(
                TopicCatalog.load(Path.of("target/no-topic-overrides")),
                new MatcherSettings(Path.of("kiosk-config/synonyms.txt"), true),
                "Please ask at the front desk.");
        Vocabulary questions = matcher.vocabulary();
        List<Spoken> spoken = speak(tuningQuestions());

        // exec:java runs inside Maven's JVM, whose class path a child JVM cannot reuse: the model is
        // read here directly (the kiosk itself always checks it in a child process first)
        long began = System.nanoTime();
        NativeModel model = VoskEngine.loadModel(folder);
        System.out.printf(
                Locale.ROOT,
                "vosk: model %s loaded in %.2f s%s%n",
                folder.getFileName(),
                (System.nanoTime() - began) / 1e9,
                ModelFolder.fullGraph(folder) ? " (a full graph: grammars are ignored)" : "");
        try {
            VoskGrammar grammar = VoskGrammar.of(questions, model::knows, VoskGrammar.UNKNOWN_SHARE);
            System.out.printf(
                    Locale.ROOT,
                    "vosk: the kiosk's vocabulary: %d phrases, %d words the model knows, %d it does not: %s%n",
                    grammar.phrases(),
                    grammar.words(),
                    grammar.unknownWords().size(),
                    String.join(", ", grammar.unknownWords()));
            buildTimes(model, grammar, spoken.getFirst().audio());
            System.out.printf(
                    Locale.ROOT,
                    "vosk: %d spoken questions (every third of the tuning set, FreeTTS kevin16)%n",
                    spoken.size());
            measure(model, null, "the model's own graph", spoken, matcher);
            for (double share : SHARES) {
                String json = VoskGrammar.of(questions, model::knows, share).json();
                measure(
                        model,
                        json,
                        share == 0
                                ? "grammar, [unk] listed once"
                                : String.format(Locale.ROOT, "grammar, [unk] at %.0f %%", share * 100),
                        spoken,
                        matcher);
            }
        } finally {
            model.free();
        }
    }

    private static void buildTimes(NativeModel model, VoskGrammar grammar, short[] question) {
        double[] builds = new double[BUILDS];
        double[] firstDecodes = new double[BUILDS];
        for (int i = 0; i < BUILDS; i++) {
            long start = System.nanoTime();
            NativeRecognizer recognizer = model.recognizer(grammar.json());
            builds[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            decode(recognizer, question);
            firstDecodes[i] = (System.nanoTime() - start) / 1e6;
            recognizer.free();
        }
        NativeRecognizer reused = model.recognizer(grammar.json());
        decode(reused, question);
        double[] again = new double[BUILDS];
        for (int i = 0; i < BUILDS; i++) {
            long start = System.nanoTime();
            decode(reused, question);
            again[i] = (System.nanoTime() - start) / 1e6;
        }
        reused.free();
        System.out.printf(
                Locale.ROOT,
                "vosk: grammar of %d phrases built in %.1f ms (median of %d); one question decoded in %.1f ms on a"
                        + " new recognizer, %.1f ms on a reused one%n",
                grammar.phrases(),
                median(builds),
                BUILDS,
                median(firstDecodes),
                median(again));
    }

    private static void measure(
            NativeModel model, String grammar, String name, List<Spoken> spoken, QuestionMatcher matcher) {
        // freed at the end; an engine error ends the benchmark (the guard frees the recognizer then)
        NativeRecognizer recognizer = model.recognizer(grammar);
        {
            List<Double> factors = new ArrayList<>();
            List<Double> latencies = new ArrayList<>();
            int right = 0;
            int nothing = 0;
            decode(recognizer, spoken.getFirst().audio()); // warm-up
            for (Spoken question : spoken) {
                long start = System.nanoTime();
                long[] lastChunk = new long[1];
                Transcript heard = decode(recognizer, question.audio(), lastChunk);
                long end = System.nanoTime();
                factors.add((end - start) / 1e9 / SpokenQuestions.seconds(question.audio()));
                latencies.add((end - lastChunk[0]) / 1e6);
                Transcript words = new Transcript(heard.words().stream()
                        .filter(w -> !w.equals(Transcript.UNKNOWN))
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""));
                if (words.isEmpty()) {
                    nothing++;
                }
                String got = words.isEmpty() ? "none" : label(matcher.match(words.text()));
                if (got.equals(question.expected())) {
                    right++;
                }
            }
            int quiet = 0;
            for (short[] bad : badInput()) {
                if (decode(recognizer, bad).words().stream().allMatch(Transcript.UNKNOWN::equals)) {
                    quiet++;
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "vosk (%s): real-time factor median %.3f; last chunk to final words median %.1f ms (p90 %.1f);"
                            + " top-1 %d of %d (%.1f %%); nothing heard for %d questions; silence and noise"
                            + " nothing heard %d of 2%n",
                    name,
                    median(factors),
                    median(latencies),
                    percentile(latencies, 0.9),
                    right,
                    spoken.size(),
                    100.0 * right / spoken.size(),
                    nothing,
                    quiet);
        }
        recognizer.free();
    }

    private static Transcript decode(NativeRecognizer recognizer, short[] audio) {
        return decode(recognizer, audio, new long[1]);
    }

    /** Feeds the audio in 100 ms chunks as the kiosk does; the final words (the recognizer is then fresh again). */
    private static Transcript decode(NativeRecognizer recognizer, short[] audio, long[] lastChunk) {
        try (Utterance utterance = new GuardedUtterance(recognizer, r -> {})) {
            for (int at = 0; at < audio.length; at += SpokenQuestions.CHUNK) {
                int length = Math.min(SpokenQuestions.CHUNK, audio.length - at);
                utterance.accept(Arrays.copyOfRange(audio, at, at + length), length);
            }
            lastChunk[0] = System.nanoTime();
            return utterance.finish();
        }
    }

    /** A second of silence and two seconds of white noise at about -20 dBFS. */
    private static List<short[]> badInput() {
        short[] silence = new short[16_000];
        short[] noise = new short[32_000];
        Random random = new Random(3);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (short) Math.round(random.nextGaussian() * 3_300);
        }
        return List.of(silence, noise);
    }

    static String label(MatchResult result) {
        return switch (result) {
            case MatchResult.TopicMatch t -> t.topicId();
            case MatchResult.TopicChoice c -> c.first().id();
            case MatchResult.CommandMatch c -> "command:" + c.command().id();
            case MatchResult.NotUnderstood n -> n.forFrontDesk() ? "front-desk" : "none";
        };
    }

    private static List<String[]> tuningQuestions() {
        try (InputStream in = VoskBenchmark.class.getResourceAsStream("/voice/eval/tuning.tsv")) {
            List<String[]> all = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    all.add(line.split("\t"));
                }
            }
            List<String[]> every3rd = new ArrayList<>();
            for (int i = 0; i < all.size(); i += 3) {
                every3rd.add(all.get(i));
            }
            return every3rd;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Spoken> speak(List<String[]> questions) {
        List<Spoken> spoken = new ArrayList<>();
        try (FreeTtsSynthesizer voice = new FreeTtsSynthesizer(1)) {
            for (String[] q : questions) {
                spoken.add(new Spoken(q[0], q[1], SpokenQuestions.speak(voice, q[1])));
            }
        }
        return spoken;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
    }
}
