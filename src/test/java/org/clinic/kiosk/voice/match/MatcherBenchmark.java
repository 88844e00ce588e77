package org.clinic.kiosk.voice.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;

/**
 * Prints how long the question matcher takes, with everything on (synonyms, sound-alikes, the
 * recognizer's alternatives, the paraphrase vote): {@code ./kiosk bench matcher}. Besides the wall
 * time, the processor time of the matching thread, which other work on the machine does not inflate. Index build at start-up (the first,
 * cold build and the median of later ones) and the time per question after a warm-up (median,
 * 99th percentile, worst) over the tuning and development sets: typed and imitated-recognizer lines
 * one transcript each, the real-recognizer lines with all their n-best alternatives.
 */
public final class MatcherBenchmark {

    public static void main(String[] args) {
        List<Topic> topics =
                TopicCatalog.load(Path.of("target/no-topic-overrides")).all();
        Path synonyms = Path.of("kiosk-config/synonyms.txt");

        long start = System.nanoTime();
        LuceneQuestionMatcher matcher = LuceneQuestionMatcher.build(topics, synonyms, "Please ask at the front desk.");
        double coldBuild = (System.nanoTime() - start) / 1e6;
        int builds = 15;
        double[] buildMillis = new double[builds];
        for (int i = 0; i < builds; i++) {
            start = System.nanoTime();
            LuceneQuestionMatcher.build(topics, synonyms, "Please ask at the front desk.");
            buildMillis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(buildMillis);
        System.out.printf(
                Locale.ROOT,
                "matcher: index build at start-up %.1f ms cold (first build in this JVM, the sentence model loaded"
                        + " and every topic sentence embedded), median %.1f ms over %d more builds (%d topics,"
                        + " %d synonym rules, paraphrase vote %s)%n",
                coldBuild,
                buildMillis[builds / 2],
                builds,
                topics.size(),
                matcher.synonymRules(),
                matcher.paraphrasesOn() ? "on" : "off");

        List<List<String>> typed = new ArrayList<>();
        List<List<String>> heard = new ArrayList<>();
        for (String set : List.of("tuning", "tuning-noisy", "dev", "dev-noisy")) {
            EvaluationSet.read(set).utterances().forEach(u -> typed.add(u.heard()));
        }
        EvaluationSet.read("dev-pocketsphinx").utterances().forEach(u -> heard.add(u.heard()));
        time(matcher, "typed and imitated-recognizer lines, one transcript each", typed);
        time(matcher, "real-recognizer lines with their n-best alternatives (up to 5)", heard);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(
                Locale.ROOT,
                "matcher: JVM heap in use after the runs, one matcher built: %.1f MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
    }

    private static void time(LuceneQuestionMatcher matcher, String what, List<List<String>> questions) {
        int checksum = 0;
        for (int round = 0; round < 10; round++) { // warm-up
            for (List<String> question : questions) {
                checksum += matcher.match(question).hashCode() & 1;
            }
        }
        int rounds = 5;
        double[] micros = new double[questions.size() * rounds];
        double[] cpuMicros = new double[micros.length];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (List<String> question : questions) {
                long cpu = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                checksum += matcher.match(question).hashCode() & 1;
                micros[n] = (System.nanoTime() - t) / 1e3;
                cpuMicros[n++] = (threads.getCurrentThreadCpuTime() - cpu) / 1e3;
            }
        }
        Arrays.sort(micros);
        Arrays.sort(cpuMicros);
        System.out.printf(
                Locale.ROOT,
                "matcher: per question, %s, over %d timings (%d questions x %d rounds, after warm-up): "
                        + "median %.3f ms, p99 %.3f ms, max %.3f ms; processor time median %.3f ms, p99 %.3f ms"
                        + " (checksum %d)%n",
                what,
                micros.length,
                questions.size(),
                rounds,
                micros[micros.length / 2] / 1e3,
                micros[(int) Math.ceil(micros.length * 0.99) - 1] / 1e3,
                micros[micros.length - 1] / 1e3,
                cpuMicros[cpuMicros.length / 2] / 1e3,
                cpuMicros[(int) Math.ceil(cpuMicros.length * 0.99) - 1] / 1e3,
                checksum);
    }
}
