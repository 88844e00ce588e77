package org.clinic.kiosk.topic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One patient topic: a short plain-language page with its summary, body sections, links to
 * related topics, example questions (for the question matcher) and the organisations whose
 * documents support it (each section may name its own; {@code sources} is then all of them, in the
 * order they first appear).
 *
 * @param origin where the topic was loaded from, for log lines ("built-in" or a file path)
 */
public record Topic(
        String id,
        String title,
        Category category,
        String summary,
        List<Section> sections,
        List<String> related,
        List<String> questions,
        List<String> sources,
        LocalDate reviewed,
        String origin) {

    public Topic {
        sections = List.copyOf(sections);
        related = List.copyOf(related);
        questions = List.copyOf(questions);
        sources = List.copyOf(sources);
    }

    /** The body's paragraphs and list items in reading order, without the headings. */
    public List<String> bodyUnits() {
        List<String> units = new ArrayList<>();
        for (Section section : sections) {
            for (Block block : section.blocks()) {
                switch (block) {
                    case Paragraph p -> units.add(p.text());
                    case BulletList list -> units.addAll(list.items());
                }
            }
        }
        return units;
    }

    /**
     * A headed part of a topic's body.
     *
     * @param sources the organisations whose documents support this section (from its "Sources:"
     *     line); empty when the file gives its sources in the header instead
     */
    public record Section(String heading, List<String> sources, List<Block> blocks) {
        public Section {
            sources = List.copyOf(sources);
            blocks = List.copyOf(blocks);
        }
    }

    /** What a section holds: paragraphs and bulleted lists, nothing else. */
    public sealed interface Block permits Paragraph, BulletList {}

    public record Paragraph(String text) implements Block {}

    public record BulletList(List<String> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }
}
