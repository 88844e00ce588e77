package org.clinic.kiosk.voice.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another build of the kiosk asked through its {@code ask} command, in a child process started in
 * that build's own folder (so it reads its own {@code kiosk-config/}): how an earlier matcher
 * answers the same sets. Its answers come back as {@link Scorecard#outcome} strings.
 */
final class AskProcess {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AskProcess() {}

    /** One outcome per question, in order. */
    static List<String> outcomes(Path jar, Path folder, List<String> questions) {
        try {
            Path in = Files.createTempFile("ask-in", ".txt");
            Path out = Files.createTempFile("ask-out", ".jsonl");
            Files.write(in, questions, StandardCharsets.UTF_8);
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(
                            java, "-jar", jar.toAbsolutePath().toString(), "ask")
                    .directory(folder.toFile())
                    .redirectInput(in.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("ask in " + folder + " failed");
            }
            List<String> outcomes = new ArrayList<>();
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                JsonNode answer = JSON.readTree(line);
                outcomes.add(
                        switch (answer.get("kind").asString()) {
                            case "topic" -> answer.get("id").asString();
                            case "command" -> "command:" + answer.get("id").asString();
                            default -> "declined";
                        });
            }
            Files.delete(in);
            Files.delete(out);
            if (outcomes.size() != questions.size()) {
                throw new IllegalStateException("ask answered " + outcomes.size() + " of " + questions.size());
            }
            return outcomes;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
