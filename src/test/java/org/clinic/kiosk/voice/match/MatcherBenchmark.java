package org.clinic.kiosk.voice.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;

/**
 * Prints how long the question matcher takes: {@code ./kiosk bench matcher}. Index build at
 * start-up (the first, cold build and the median of later ones) and the time per question over
 * the evaluation questions, clean and noisy (median, 99th percentile, worst), after a warm-up.
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

        List<String> questions = new ArrayList<>();
        for (String set :
                List.of("questions-tuning", "questions-holdout", "questions-tuning-noisy", "questions-holdout-noisy")) {
            MatcherEvaluationTest.read(set).forEach(item -> questions.add(item.question()));
        }
        int checksum = 0;
        for (int round = 0; round < 20; round++) { // warm-up
            for (String question : questions) {
                checksum += matcher.match(question).hashCode() & 1;
            }
        }
        int rounds = 10;
        double[] micros = new double[questions.size() * rounds];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (String question : questions) {
                long t = System.nanoTime();
                checksum += matcher.match(question).hashCode() & 1;
                micros[n++] = (System.nanoTime() - t) / 1e3;
            }
        }
        Arrays.sort(micros);
        System.out.printf(
                "matcher: index build at start-up %.1f ms cold (first build in this JVM), median %.1f ms "
                        + "over %d more builds (%d topics, %d synonym rules)%n",
                coldBuild, buildMillis[builds / 2], builds, topics.size(), matcher.synonymRules());
        System.out.printf(
                "matcher: per question over %d timings (%d distinct questions x %d rounds, after warm-up): "
                        + "median %.3f ms, p99 %.3f ms, max %.3f ms (checksum %d)%n",
                micros.length,
                questions.size(),
                rounds,
                micros[micros.length / 2] / 1e3,
                micros[(int) Math.ceil(micros.length * 0.99) - 1] / 1e3,
                micros[micros.length - 1] / 1e3,
                checksum);
    }
}
