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
    void everySectionNamesItsSourcesAmongTheFiveSourceDocuments() {
        List<String> problems = new ArrayList<>();
        catalog.all().forEach(topic -> problems.addAll(ContentChecks.sourceProblems(topic)));
        assertEquals(List.of(), problems);
    }

    @Test
    void sourceCheckCatchesAnUnknownAndAMissingSource() throws TopicFileException {
        String text = TopicFiles.topicWithSectionSources("a").replace("Sources: CISN,", "Sources: Wikipedia,");
        Topic unknown = TopicParser.parse("a.md", text, "t");
        assertEquals(
                List.of("a, section 'Second part': unknown source 'Wikipedia'"), ContentChecks.sourceProblems(unknown));

        Topic headerOnly = TopicParser.parse("a.md", TopicFiles.topic("a", "coping", List.of("b")), "t");
        assertEquals(
                List.of("a, section 'First part': no 'Sources:' line", "a, section 'Second part': no 'Sources:' line"),
                ContentChecks.sourceProblems(headerOnly));
    }

    @Test
    void topicTitlesQuotedInTheTextAreRelatedTopics() {
        List<String> problems = new ArrayList<>();
        catalog.all().forEach(topic -> problems.addAll(ContentChecks.quotedTitleProblems(topic, catalog)));
        assertEquals(List.of(), problems);
    }

    @Test
    void quotedTitleCheckCatchesAnUnknownTitleAndAnUnrelatedTopic() throws TopicFileException {
        String text = TopicFiles.topicWithSectionSources("a")
                .replace("A short line.", "See \"Hospice care\" and \"No such page\" and \"What is a recurrence?\".")
                .replace("  - b\n", "  - what-is-recurrence\n");
        Topic topic = TopicParser.parse("a.md", text, "t");
        assertEquals(
                List.of(
                        "a quotes \"Hospice care\", which is not one of its related topics",
                        "a quotes \"No such page\", which is not one of its related topics"),
                ContentChecks.quotedTitleProblems(topic, catalog));
    }

    @Test
    void textIsInUsEnglish() {
        List<String> found = new ArrayList<>();
        for (Topic topic : catalog.all()) {
            List<String> shown = new ArrayList<>(List.of(topic.title(), topic.summary()));
            topic.sections().forEach(section -> shown.add(section.heading()));
            shown.addAll(topic.bodyUnits());
            shown.forEach(text ->
                    ContentChecks.britishWords(text).forEach(word -> found.add(topic.id() + ": '" + word + "'")));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void usEnglishCheckCatchesBritishWordsButNotUsOnes() {
        assertEquals(
                List.of("GP", "in hospital", "centre", "organise", "counselling"),
                ContentChecks.britishWords(
                        "Tell your GP if you stay in hospital; the centre can organise counselling."));
        assertEquals(
                List.of(),
                ContentChecks.britishWords(
                        "Tell your primary care doctor; the center can advise on exercise and counseling."));
    }

    @Test
    void noTwoTopicsRepeatTheSameTextAtLength() {
        assertEquals(List.of(), ContentChecks.sharedRuns(catalog.all(), ContentChecks.LONGEST_SHARED_RUN + 1));
    }

    @Test
    void repeatCheckFindsAParagraphThatTwoTopicsShare() throws TopicFileException {
        String paragraph = "If your symptoms get worse while you wait for treatment, tell your care team at once.";
        Topic a = TopicParser.parse(
                "a.md", TopicFiles.topicWithSectionSources("a").replace("A short line.", paragraph), "t");
        Topic c = TopicParser.parse(
                "c.md", TopicFiles.topicWithSectionSources("c").replace("Ask your care team.", paragraph), "t");
        List<String> runs = ContentChecks.sharedRuns(List.of(a, c), 11);
        assertEquals(6, runs.size(), runs.toString());
        assertEquals(
                "a and c share: \"if your symptoms get worse while you wait for treatment tell\"", runs.getFirst());
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

    /** Plain but not choppy: grade 4 to 6 on average, no topic above 7 (Flesch-Kincaid, {@link Readability}). */
    @Test
    void readingGradeIsBetweenFourAndSixOnAverageAndSevenOrBelowForEachTopic() {
        double total = 0;
        List<String> tooHard = new ArrayList<>();
        StringBuilder grades = new StringBuilder();
        for (Topic topic : catalog.all()) {
            double grade = Readability.gradeOf(topic);
            grades.append(String.format(Locale.ROOT, "  %-30s %.2f%n", topic.id(), grade));
            if (grade > 7.0) {
                tooHard.add(topic.id() + " reads at grade " + grade);
            }
            total += grade;
        }
        double average = total / catalog.all().size();
        System.out.printf(Locale.ROOT, "Reading grade: average %.2f%n%s", average, grades);
        assertEquals(List.of(), tooHard);
        assertTrue(average >= 4.0 && average <= 6.0, "average grade " + average + " is outside 4 to 6");
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
