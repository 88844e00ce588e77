package org.clinic.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.clinic.kiosk.voice.match.MatcherEvaluationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code ask} the way staff do, as its own process through the application's main class, and
 * reads what it writes on standard output.
 */
class AskCommandIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Run(int exit, List<String> stdout, String stderr, long millis) {}

    private static Run ask(List<String> questions) throws IOException, InterruptedException {
        return ask(questions, Map.of());
    }

    private static Run ask(List<String> questions, Map<String, String> environment)
            throws IOException, InterruptedException {
        return ask(questions, environment, Path.of("."));
    }

    private static Run ask(List<String> questions, Map<String, String> environment, Path workingFolder)
            throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("ask-out", ".jsonl");
        Path stderr = Files.createTempFile("ask-err", ".txt");
        Path stdin = Files.createTempFile("ask-in", ".txt");
        Files.write(stdin, questions, StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), "org.clinic.kiosk.KioskApplication", "ask")
                .directory(workingFolder.toFile())
                .redirectInput(stdin.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().remove("KIOSK_CONFIG_FILE");
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ask finished").isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(
                process.exitValue(),
                Files.readAllLines(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8),
                millis);
    }

    @Test
    void everyQuestionGetsOneJsonLineAndNothingElseIsOnStandardOutput() throws Exception {
        List<String> questions = new ArrayList<>();
        for (String set : List.of("questions-tuning", "questions-holdout", "questions-tuning-noisy")) {
            MatcherEvaluationTest.read(set).forEach(item -> questions.add(item.question()));
        }
        List<String> batch = new ArrayList<>(questions.subList(0, 197));
        batch.add("I can't hear you");
        batch.add("Where do I park? \"Quotes\", back\\slash and caf\u00e9 \u2014 fine");
        batch.add("");
        assertThat(batch).hasSize(200);

        Run run = ask(batch);

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stdout()).hasSize(200);
        assertThat(run.stderr())
                .contains("Topic catalogue: 21 topics")
                .contains("Question matcher ready")
                .as("no web server")
                .doesNotContain("Tomcat")
                .doesNotContain("Vaadin");
        for (int i = 0; i < batch.size(); i++) {
            JsonNode answer = JSON.readTree(run.stdout().get(i));
            assertThat(fieldNames(answer)).containsExactly("question", "kind", "id", "confidence", "alternatives");
            assertThat(answer.get("question").asString()).isEqualTo(batch.get(i));
            assertThat(answer.get("kind").asString()).isIn("topic", "command", "none");
            assertThat(answer.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(answer.get("alternatives").size()).isLessThanOrEqualTo(3);
            for (JsonNode alternative : answer.get("alternatives")) {
                assertThat(fieldNames(alternative)).containsExactly("kind", "id", "confidence");
            }
        }
        assertThat(run.stdout().get(197))
                .isEqualTo(
                        "{\"question\":\"I can't hear you\",\"kind\":\"command\",\"id\":\"louder\",\"confidence\":1.0,"
                                + "\"alternatives\":[]}");
        JsonNode park = JSON.readTree(run.stdout().get(198));
        assertThat(park.get("kind").asString()).isEqualTo("none");
        assertThat(park.get("id").isNull()).isTrue();
        assertThat(JSON.readTree(run.stdout().get(199)).get("kind").asString()).isEqualTo("none");
        JsonNode first = JSON.readTree(run.stdout().getFirst());
        assertThat(first.get("kind").asString()).isEqualTo("topic");
        System.out.printf(
                "ask: 200 questions answered in %d ms, JVM start-up and index build included%n", run.millis());
        assertThat(run.millis()).as("200 questions in a few seconds").isLessThan(20_000);
    }

    @Test
    void sameQuestionsGiveTheSameAnswersEveryRun() throws Exception {
        List<String> questions = MatcherEvaluationTest.read("questions-holdout-noisy").stream()
                .map(MatcherEvaluationTest.Labelled::question)
                .toList();
        assertThat(ask(questions).stdout()).isEqualTo(ask(questions).stdout());
    }

    @Test
    void aHugeLineInTheMiddleOfABatchDoesNotStopTheOtherAnswers() throws Exception {
        StringBuilder huge = new StringBuilder("what is hospice care");
        List<String> vocabulary = MatcherEvaluationTest.read("questions-tuning").stream()
                .flatMap(item -> java.util.Arrays.stream(
                        item.question().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")))
                .filter(word -> !word.isEmpty())
                .distinct()
                .toList();
        for (int i = 0; i < 5_000; i++) {
            huge.append(' ').append(vocabulary.get(i % vocabulary.size())).append(i % 7 == 0 ? "," : "");
        }
        List<String> batch = List.of("What is hospice care?", huge.toString(), "I can't hear you", "go home");

        Run run = ask(batch);

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stdout()).hasSize(4);
        assertThat(run.stderr()).as("the matcher answered the long line itself").doesNotContain("could not be matched");
        assertThat(JSON.readTree(run.stdout().get(0)).get("id").asString()).isEqualTo("hospice-care");
        JsonNode longOne = JSON.readTree(run.stdout().get(1));
        assertThat(longOne.get("question").asString()).isEqualTo(huge.toString());
        assertThat(longOne.get("kind").asString()).isIn("topic", "none");
        assertThat(JSON.readTree(run.stdout().get(2)).get("id").asString()).isEqualTo("louder");
        assertThat(JSON.readTree(run.stdout().get(3)).get("id").asString()).isEqualTo("home");
    }

    @Test
    void theSameAnswersFromAnyWorkingFolderWithTheBuiltInLayWords() throws Exception {
        List<String> questions = new ArrayList<>(List.of(
                "what is a living will", "my cancer returned", "can they help with the pane", "what is hospis"));
        MatcherEvaluationTest.read("questions-tuning-noisy").forEach(item -> questions.add(item.question()));
        Path elsewhere = Files.createTempDirectory("ask-elsewhere");

        Run here = ask(questions, Map.of(), Path.of("."));
        Run there = ask(questions, Map.of(), elsewhere);

        assertThat(there.exit()).as(there.stderr()).isZero();
        assertThat(there.stdout()).isEqualTo(here.stdout());
        assertThat(there.stderr()).as("no warning about missing files").doesNotContain("] WARN ");
        assertThat(JSON.readTree(there.stdout().get(0)).get("id").asString()).isEqualTo("advance-care-planning");
        assertThat(JSON.readTree(there.stdout().get(1)).get("id").asString()).isEqualTo("what-is-recurrence");
        assertThat(JSON.readTree(there.stdout().get(3)).get("id").asString()).isEqualTo("hospice-care");
    }

    @Test
    void anEnvironmentVariableChoosesTheSynonymFileAsForTheKiosk() throws Exception {
        Path synonyms = Files.createTempFile("synonyms", ".txt");
        Files.writeString(synonyms, "hospice, zorblat\n", StandardCharsets.UTF_8);
        List<String> batch = List.of("what is zorblat");

        assertThat(JSON.readTree(ask(batch).stdout().getFirst()).get("kind").asString())
                .as("the clinic's own synonym file does not know the word")
                .isEqualTo("none");
        Run run = ask(batch, Map.of("KIOSK_MATCHER_SYNONYMS_FILE", synonyms.toString()));

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("synonym rules from the built-in list and " + synonyms);
        assertThat(JSON.readTree(run.stdout().getFirst()).get("id").asString()).isEqualTo("hospice-care");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            names.add(it.next().getKey());
        }
        return names;
    }
}
