package org.clinic.kiosk.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicParserTest {

    @Test
    void wellFormedFileGivesEveryField() throws TopicFileException {
        Topic topic = TopicParser.parse("a.md", TopicFiles.topic("a", "coping", List.of("b")), "test");

        assertEquals("a", topic.id());
        assertEquals("Title of a", topic.title());
        assertEquals(Category.COPING, topic.category());
        assertEquals("A short summary of a.", topic.summary());
        assertEquals(List.of("b"), topic.related());
        assertEquals(8, topic.questions().size());
        assertEquals(List.of("Mayo Clinic"), topic.sources());
        assertEquals(LocalDate.of(2026, 11, 21), topic.reviewed());
        assertEquals(2, topic.sections().size());
        Topic.Section first = topic.sections().getFirst();
        assertEquals("First part", first.heading());
        assertEquals(
                new Topic.Paragraph("A short line. Another short line."),
                first.blocks().get(0));
        assertEquals(
                new Topic.BulletList(List.of("One item.", "Two items.")),
                first.blocks().get(1));
        assertInstanceOf(Topic.Paragraph.class, topic.sections().get(1).blocks().getFirst());
    }

    @Test
    void fileWithoutFrontMatterIsMalformed() {
        TopicFileException e = assertThrows(
                TopicFileException.class, () -> TopicParser.parse("plain.md", "## Heading\nJust text.\n", "test"));
        assertEquals("plain.md", e.fileName());
        assertEquals("front matter", e.field());
    }

    @Test
    void brokenYamlIsMalformedAndNamesTheFile() {
        String text = "---\nid: [unclosed\ntitle: x\n---\n## A\nText.\n";
        TopicFileException e = assertThrows(TopicFileException.class, () -> TopicParser.parse("bad.md", text, "t"));
        assertEquals("front matter", e.field());
        assertTrue(e.getMessage().startsWith("bad.md: front matter: not valid YAML"), e.getMessage());
    }

    @Test
    void missingFieldIsNamed() {
        String text = TopicFiles.topic("a", "coping", List.of("b")).replaceFirst("summary: .*\n", "");
        TopicFileException e = assertThrows(TopicFileException.class, () -> TopicParser.parse("a.md", text, "t"));
        assertEquals("summary", e.field());
        assertEquals("a.md: summary: missing", e.getMessage());
    }

    @Test
    void tooFewExampleQuestionsAreRefused() {
        String text = TopicFiles.header("a", "coping", List.of("b"), 3) + TopicFiles.body();
        TopicFileException e = assertThrows(TopicFileException.class, () -> TopicParser.parse("a.md", text, "t"));
        assertEquals("questions", e.field());
        assertTrue(e.getMessage().contains("at least 8"), e.getMessage());
    }

    @Test
    void unknownCategoryAndUnknownFieldAreNamed() {
        TopicFileException category = assertThrows(
                TopicFileException.class,
                () -> TopicParser.parse("a.md", TopicFiles.topic("a", "surgery", List.of("b")), "t"));
        assertEquals("category", category.field());

        String typo = TopicFiles.topic("a", "coping", List.of("b")).replace("sources:", "sorces:");
        TopicFileException field = assertThrows(TopicFileException.class, () -> TopicParser.parse("a.md", typo, "t"));
        assertEquals("sorces", field.field());
    }

    @Test
    void summaryMustBeOneSentence() {
        String text = TopicFiles.topic("a", "coping", List.of("b"))
                .replace("A short summary of a.", "One sentence. And a second one.");
        TopicFileException e = assertThrows(TopicFileException.class, () -> TopicParser.parse("a.md", text, "t"));
        assertEquals("summary", e.field());
    }

    @Test
    void unsupportedMarkdownNamesTheLine() {
        String text = TopicFiles.header("a", "coping", List.of("b"), 8) + "## Part\nSome **bold** text.\n";
        TopicFileException e = assertThrows(TopicFileException.class, () -> TopicParser.parse("a.md", text, "t"));
        int line = text.split("\n").length;
        assertEquals("body line " + line, e.field());
    }

    @Test
    void bodyMustStartWithASection() {
        String text = TopicFiles.header("a", "coping", List.of("b"), 8) + "Text before any heading.\n## Part\nText.\n";
        TopicFileException e = assertThrows(TopicFileException.class, () -> TopicParser.parse("a.md", text, "t"));
        assertTrue(e.getMessage().contains("must start with a '## ' section heading"), e.getMessage());
    }

    @Test
    void topicCannotLinkToItself() {
        TopicFileException e = assertThrows(
                TopicFileException.class,
                () -> TopicParser.parse("a.md", TopicFiles.topic("a", "coping", List.of("a")), "t"));
        assertEquals("related", e.field());
    }

    @Test
    void sourcesLineUnderEachHeadingIsReadAndMakesTheTopicsSources() throws TopicFileException {
        Topic topic = TopicParser.parse("a.md", TopicFiles.topicWithSectionSources("a"), "t");

        assertEquals(List.of("Mayo Clinic", "Maggie's"), topic.sections().get(0).sources());
        assertEquals(List.of("CISN", "Mayo Clinic"), topic.sections().get(1).sources());
        assertEquals(List.of("Mayo Clinic", "Maggie's", "CISN"), topic.sources());
        assertEquals(List.of("A short line.", "Ask your care team."), topic.bodyUnits(), "not read as text");
    }

    @Test
    void sectionWithoutSourcesLineAmongSectionsWithOneIsNamed() {
        String text = TopicFiles.topicWithSectionSources("a").replace("Sources: CISN, Mayo Clinic\n", "");
        TopicFileException e = refused(text);
        assertEquals(
                "a.md: body: section 'Second part' has no 'Sources:' line under its heading (the other sections have one)",
                e.getMessage());
    }

    @Test
    void sourcesLineBelowTheTextIsRefusedWithItsLine() {
        String text = TopicFiles.topicWithSectionSources("a")
                .replace("Sources: Mayo Clinic, Maggie's\nA short line.", "A short line.\nSources: Mayo Clinic");
        TopicFileException e = refused(text);
        assertTrue(e.field().startsWith("body line "), e.getMessage());
        assertTrue(e.getMessage().contains("right under a section heading"), e.getMessage());
    }

    @Test
    void emptyOrRepeatedSourceNameIsRefused() {
        String empty = TopicFiles.topicWithSectionSources("a").replace("Sources: CISN, Mayo", "Sources: CISN, , Mayo");
        TopicFileException e = refused(empty);
        assertTrue(e.getMessage().contains("names separated by commas"), e.getMessage());

        String twice =
                TopicFiles.topicWithSectionSources("a").replace("Sources: CISN, Mayo Clinic", "Sources: CISN, CISN");
        e = refused(twice);
        assertTrue(e.getMessage().contains("names the source 'CISN' twice"), e.getMessage());
    }

    @Test
    void sourcesInTheHeaderAndUnderHeadingsAtOnceAreRefused() {
        String both = TopicFiles.topicWithSectionSources("a").replace("reviewed:", "sources:\n  - CISN\nreviewed:");
        assertEquals(
                "a.md: sources: give the sources under the section headings or in the header, not both"
                        + " (remove the header's list)",
                refused(both).getMessage());
    }

    @Test
    void topicWithNoSourcesAnywhereIsRefused() {
        String none = TopicFiles.topicWithSectionSources("a").replaceAll("Sources: .*\n", "");
        assertEquals(
                "a.md: sources: missing: put a line like 'Sources: Mayo Clinic' under each section heading",
                refused(none).getMessage());
    }

    private static TopicFileException refused(String text) {
        return assertThrows(TopicFileException.class, () -> TopicParser.parse("a.md", text, "t"));
    }
}
