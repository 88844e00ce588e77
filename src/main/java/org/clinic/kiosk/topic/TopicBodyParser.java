package org.clinic.kiosk.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a topic's body: {@code ## } headings, each optionally followed at once by a line
 * {@code Sources: Mayo Clinic, CISN} naming the documents that support the section, then plain
 * paragraphs and {@code - } list items. Either every section has a sources line or none has.
 */
final class TopicBodyParser {

    static final String SOURCES_PREFIX = "sources:";

    private final String fileName;
    private final List<Topic.Section> sections = new ArrayList<>();
    private String heading;
    private List<String> sources = List.of();
    private List<Topic.Block> blocks = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private final List<String> items = new ArrayList<>();

    private TopicBodyParser(String fileName) {
        this.fileName = fileName;
    }

    /** The sections of a body whose first line is line {@code firstLine} of the file. */
    static List<Topic.Section> parse(String fileName, String body, int firstLine) throws TopicFileException {
        TopicBodyParser parser = new TopicBodyParser(fileName);
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.line(lines[i].strip(), "body line " + (firstLine + i));
        }
        return parser.finish();
    }

    private void line(String line, String where) throws TopicFileException {
        boolean isItem = line.startsWith("- ");
        if (line.isEmpty() || line.startsWith("## ") || isItem) {
            flushParagraph();
        }
        if (!isItem) {
            flushList();
        }
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("## ")) {
            closeSection();
            heading = line.substring(3).strip();
            sources = List.of();
            blocks = new ArrayList<>();
            return;
        }
        if (line.startsWith("#")) {
            throw new TopicFileException(fileName, where, "only '## ' section headings are allowed");
        }
        if (line.toLowerCase(Locale.ROOT).startsWith(SOURCES_PREFIX)) {
            sourcesLine(line, where);
            return;
        }
        if (line.matches("([*+]|\\d+[.)])\\s.*")) {
            throw new TopicFileException(fileName, where, "lists must use '- ' items");
        }
        if (line.matches(".*(<[a-zA-Z/]|\\*\\*|__|\\[[^]]*]\\(|`|\\|).*")) {
            throw new TopicFileException(
                    fileName, where, "only plain text is allowed (no HTML, bold, links, code or tables)");
        }
        if (heading == null) {
            throw new TopicFileException(fileName, where, "the body must start with a '## ' section heading");
        }
        if (isItem) {
            String item = line.substring(2).strip();
            if (item.isEmpty()) {
                throw new TopicFileException(fileName, where, "empty list item");
            }
            items.add(item);
        } else {
            paragraph.add(line);
        }
    }

    private void sourcesLine(String line, String where) throws TopicFileException {
        if (heading == null || !sources.isEmpty() || !blocks.isEmpty() || !paragraph.isEmpty()) {
            throw new TopicFileException(
                    fileName, where, "a 'Sources:' line must come right under a section heading, once");
        }
        List<String> names = new ArrayList<>();
        for (String name : line.substring(SOURCES_PREFIX.length()).split(",", -1)) {
            String clean = name.strip();
            if (clean.isEmpty()) {
                throw new TopicFileException(
                        fileName,
                        where,
                        "sources must be names separated by commas, like 'Sources: Mayo Clinic, CISN'");
            }
            if (names.contains(clean)) {
                throw new TopicFileException(fileName, where, "names the source '" + clean + "' twice");
            }
            names.add(clean);
        }
        sources = names;
    }

    private void closeSection() throws TopicFileException {
        if (heading == null) {
            return;
        }
        if (blocks.isEmpty()) {
            throw new TopicFileException(fileName, "body", "section '" + heading + "' has no text");
        }
        sections.add(new Topic.Section(heading, sources, blocks));
    }

    private List<Topic.Section> finish() throws TopicFileException {
        flushParagraph();
        flushList();
        if (heading == null) {
            throw new TopicFileException(fileName, "body", "needs at least one '## ' section");
        }
        closeSection();
        long withSources = sections.stream().filter(s -> !s.sources().isEmpty()).count();
        if (withSources > 0 && withSources < sections.size()) {
            Topic.Section missing = sections.stream()
                    .filter(s -> s.sources().isEmpty())
                    .findFirst()
                    .orElseThrow();
            throw new TopicFileException(
                    fileName,
                    "body",
                    "section '" + missing.heading()
                            + "' has no 'Sources:' line under its heading (the other sections have one)");
        }
        return sections;
    }

    private void flushParagraph() {
        if (!paragraph.isEmpty()) {
            blocks.add(new Topic.Paragraph(String.join(" ", paragraph)));
            paragraph.clear();
        }
    }

    private void flushList() {
        if (!items.isEmpty()) {
            blocks.add(new Topic.BulletList(items));
            items.clear();
        }
    }
}
