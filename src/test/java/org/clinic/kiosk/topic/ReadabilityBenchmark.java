package org.clinic.kiosk.topic;

import java.nio.file.Path;
import java.util.Arrays;

/** Prints how long scoring every built-in topic takes: {@code ./kiosk bench readability}. */
public final class ReadabilityBenchmark {

    public static void main(String[] args) {
        TopicCatalog catalog = TopicCatalog.load(Path.of("target/no-topic-overrides"));
        int runs = 21;
        long[] nanos = new long[runs];
        double grade = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            for (Topic topic : catalog.all()) {
                grade += Readability.gradeOf(topic);
            }
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "readability: %d topics scored, median %.2f ms per pass over %d passes (checksum %.1f)%n",
                catalog.all().size(), nanos[runs / 2] / 1e6, runs, grade);
    }
}
