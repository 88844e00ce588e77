package org.clinic.kiosk.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Guard test over the content that ships: every file parses, links resolve, text is plain. */
class BuiltInTopicsTest {

    private static final List<String> REQUIRED_IDS = List.of(
            "what-is-recurrence",
            "why-cancer-comes-back",
            "types-of-recurrence",
            "finding-a-recurrence",
            "treatment-options",
            "clinical-trials",
            "second-opinions",
            "questions-for-your-doctor",
            "making-treatment-decisions",
            "working-with-your-care-team",
            "feelings-after-recurrence",
            "drawing-on-experience",
            "hope-and-self-care",
            "family-and-friends",
            "counseling-and-support-groups",
            "when-to-ask-for-help",
            "palliative-care",
            "advance-care-planning",
            "hospice-care",
            "living-with-ongoing-cancer",
            "trusted-information");
    private static final Path FOLDER = Path.of("src/main/resources/topics");

    private final TopicCatalog catalog = TopicCatalog.load(null);

    @Test
    void everyRequiredTopicIsInServiceInItsCategory() {
        Set<String> ids = catalog.all().stream().map(Topic::id).collect(Collectors.toSet());
        assertTrue(
                ids.containsAll(REQUIRED_IDS),
                "missing: "
                        + REQUIRED_IDS.stream().filter(i -> !ids.contains(i)).toList());
        assertEquals(
                Category.UNDERSTANDING,
                catalog.byId("types-of-recurrence").orElseThrow().category());
        assertEquals(
                Category.TREATMENT,
                catalog.byId("second-opinions").orElseThrow().category());
        assertEquals(
                Category.COPING,
                catalog.byId("when-to-ask-for-help").orElseThrow().category());
        assertEquals(
                Category.PLANNING, catalog.byId("hospice-care").orElseThrow().category());
        for (Category category : Category.values()) {
            assertFalse(catalog.inCategory(category).isEmpty(), category.title());
        }
    }

    @Test
    void catalogueIndexListsEveryTopicFileInTheFolder() throws IOException {
        Set<String> files;
        try (Stream<Path> paths = Files.list(FOLDER)) {
            files = paths.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .collect(Collectors.toSet());
        }
        Set<String> listed = catalog.all().stream().map(Topic::id).collect(Collectors.toSet());
        assertEquals(files, listed);
    }

    @Test
    void everyTopicIsCompleteAndLinksResolve() {
        for (Topic topic : catalog.all()) {
            String id = topic.id();
            assertTrue(topic.questions().size() >= 8, id + " questions");
            assertTrue(topic.related().size() >= 2, id + " related");
            topic.related().forEach(r -> assertTrue(catalog.byId(r).isPresent(), id + " -> " + r));
            assertFalse(topic.sources().isEmpty(), id + " sources");
            assertTrue(topic.sections().size() >= 2, id + " sections");
            assertTrue(topic.summary().split("\\s+").length <= 25, id + " summary length");
        }
    }

    @Test
    void sourcesAreTheFiveSourceOrganisations() {
        Set<String> known = SourceDocument.BUILT_IN.stream()
                .map(SourceDocument::organisation)
                .collect(Collectors.toSet());
        for (Topic topic : catalog.all()) {
            assertTrue(known.containsAll(topic.sources()), topic.id() + " cites " + topic.sources());
        }
    }

    @Test
    void everyTopicPointsTheReaderBackToTheirCareTeam() {
        for (Topic topic : catalog.all()) {
            assertTrue(
                    String.join("\n", topic.bodyUnits())
                            .toLowerCase(Locale.ROOT)
                            .contains("care team"),
                    topic.id());
        }
    }

    @Test
    void readingLevelIsGradeSevenOrBelowEachAndSixOrBelowOnAverage() {
        double total = 0;
        String hardest = "";
        double hardestGrade = Double.NEGATIVE_INFINITY;
        for (Topic topic : catalog.all()) {
            double grade = Readability.gradeOf(topic);
            assertTrue(grade <= 7.0, topic.id() + " reads at grade " + grade);
            total += grade;
            if (grade > hardestGrade) {
                hardestGrade = grade;
                hardest = topic.id();
            }
        }
        double average = total / catalog.all().size();
        System.out.printf(
                Locale.ROOT, "Reading grade: average %.2f, hardest %s at %.2f%n", average, hardest, hardestGrade);
        assertTrue(average <= 6.0, "average grade " + average);
    }

    @Test
    void exampleQuestionsAreNotRepeatedAcrossTopics() {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (Topic topic : catalog.all()) {
            for (String question : topic.questions()) {
                if (!seen.add(question.toLowerCase(Locale.ROOT))) {
                    repeated.add(topic.id() + ": " + question);
                }
            }
        }
        assertEquals(List.of(), repeated);
    }

    /** The originality tool ships beside the project (../shared); CI always has it. */
    @Test
    void contentSharesNoRunOfEightWordsWithTheSources() throws Exception {
        Path tool = Path.of("../shared/tools/originality");
        Assumptions.assumeTrue(Files.isExecutable(tool), "originality tool not beside the project");
        Process process = new ProcessBuilder(tool.toString(), "src/main/resources", "kiosk-config")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("0 shared runs"), output);
    }
}
