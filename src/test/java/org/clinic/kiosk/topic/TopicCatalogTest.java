package org.clinic.kiosk.topic;

import static org.clinic.kiosk.topic.TopicFiles.file;
import static org.clinic.kiosk.topic.TopicFiles.topic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicCatalogTest {

    private final List<TopicCatalog.TopicFile> builtIn = List.of(
            file("a.md", topic("a", "understanding", List.of("b"))), file("b.md", topic("b", "coping", List.of("a"))));

    @Test
    void brokenRelatedLinkInBuiltInTopicStopsLoadingWithTheNamedError() {
        List<TopicCatalog.TopicFile> files = List.of(file("a.md", topic("a", "coping", List.of("missing"))));
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> TopicCatalog.fromFiles(files, List.of()));
        assertTrue(e.getMessage().contains("test a.md: related: 'missing' is not a topic id"), e.getMessage());
    }

    @Test
    void duplicateIdInBuiltInTopicsIsNamed() {
        List<TopicCatalog.TopicFile> files = List.of(
                file("a.md", topic("a", "coping", List.of("a-copy"))),
                file("a-copy.md", topic("a", "coping", List.of("b"))));
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> TopicCatalog.fromFiles(files, List.of()));
        assertTrue(e.getMessage().contains("a-copy.md: id: duplicate id 'a' (also in test a.md)"), e.getMessage());
    }

    @Test
    void malformedBuiltInFileStopsLoadingWithFileAndField() {
        List<TopicCatalog.TopicFile> files = List.of(file("a.md", "no header at all"));
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> TopicCatalog.fromFiles(files, List.of()));
        assertTrue(e.getMessage().contains("a.md: front matter:"), e.getMessage());
    }

    @Test
    void overrideReplacesBuiltInAndNewOverrideIsAdded() {
        String changed = topic("a", "understanding", List.of("b", "c")).replace("Title of a", "Clinic title");
        TopicCatalog catalog = TopicCatalog.fromFiles(
                builtIn, List.of(file("a.md", changed), file("c.md", topic("c", "planning", List.of("a")))));

        assertEquals("Clinic title", catalog.byId("a").orElseThrow().title());
        assertEquals(
                List.of("a", "b", "c"), catalog.all().stream().map(Topic::id).toList());
        assertEquals(List.of(), catalog.problems());
    }

    @Test
    void badOverrideIsSkippedAndBuiltInStaysInService() {
        String missingTitle = topic("a", "understanding", List.of("b")).replaceFirst("title: .*\n", "");
        TopicCatalog catalog = TopicCatalog.fromFiles(builtIn, List.of(file("a.md", missingTitle)));

        assertEquals("Title of a", catalog.byId("a").orElseThrow().title());
        assertEquals(1, catalog.problems().size());
        String problem = catalog.problems().getFirst();
        assertTrue(problem.contains("a.md: title: missing"), problem);
        assertTrue(problem.contains("built-in version stays in service"), problem);
    }

    @Test
    void overrideWithBrokenLinkIsSkippedAndBuiltInStays() {
        String broken = topic("a", "understanding", List.of("nowhere")).replace("Title of a", "Clinic title");
        TopicCatalog catalog = TopicCatalog.fromFiles(builtIn, List.of(file("a.md", broken)));

        assertEquals("Title of a", catalog.byId("a").orElseThrow().title());
        assertTrue(catalog.problems().getFirst().contains("related: 'nowhere' is not a topic id"));
    }

    @Test
    void duplicateIdAmongOverridesKeepsTheFirstAndNamesTheSecond() {
        TopicCatalog catalog = TopicCatalog.fromFiles(
                builtIn,
                List.of(
                        file("c1.md", topic("c", "planning", List.of("a"))),
                        file("c2.md", topic("c", "planning", List.of("b")))));

        assertEquals(List.of("a"), catalog.byId("c").orElseThrow().related());
        assertTrue(
                catalog.problems().getFirst().contains("c2.md: id: duplicate id 'c'"),
                catalog.problems().toString());
    }

    @Test
    void overrideFolderIsReadFromDisk(@TempDir Path folder) throws IOException {
        Files.writeString(
                folder.resolve("what-is-recurrence.md"),
                Files.readString(Path.of("src/main/resources/topics/what-is-recurrence.md"))
                        .replace("title: \"What is a recurrence?\"", "title: \"When cancer returns\""));
        Files.writeString(folder.resolve("broken.md"), "not a topic");
        Files.writeString(folder.resolve("notes.txt"), "ignored: not a .md file");

        TopicCatalog catalog = TopicCatalog.load(folder);

        assertEquals(
                "When cancer returns",
                catalog.byId("what-is-recurrence").orElseThrow().title());
        assertEquals(1, catalog.problems().size());
        assertTrue(catalog.problems().getFirst().contains("broken.md: front matter"));
        assertEquals(21, catalog.all().size());
    }
}
