package org.clinic.kiosk.topic;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one topic file: a YAML front-matter header between two {@code ---} lines, then a body in
 * a small Markdown subset read by {@link TopicBodyParser} ({@code ## } headings, each with its
 * {@code Sources:} line, paragraphs, {@code - } list items). Anything else is refused with the
 * file name and the field or line, so a clinic editing a topic learns exactly what to fix.
 */
final class TopicParser {

    static final int MIN_QUESTIONS = 8;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> FIELDS =
            Set.of("id", "title", "category", "summary", "related", "questions", "sources", "reviewed");

    private TopicParser() {}

    static Topic parse(String fileName, String text, String origin) throws TopicFileException {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        if (!normalized.startsWith("---\n")) {
            throw new TopicFileException(
                    fileName, "front matter", "the file must start with a line holding only '---'");
        }
        int end = normalized.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new TopicFileException(fileName, "front matter", "no closing '---' line after the header");
        }
        String header = normalized.substring(4, end + 1);
        String body = normalized.substring(end + 5);
        int bodyFirstLine = (int) normalized
                        .substring(0, end + 5)
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;

        Map<String, Object> fields = readHeader(fileName, header);
        for (String key : fields.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new TopicFileException(
                        fileName,
                        key,
                        "unknown field (allowed: "
                                + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String id = text(fileName, fields, "id");
        if (!ID.matcher(id).matches()) {
            throw new TopicFileException(fileName, "id", "'" + id + "' must be lower-case words joined by '-'");
        }
        String title = text(fileName, fields, "title");
        String categoryId = text(fileName, fields, "category");
        Category category = Category.byId(categoryId)
                .orElseThrow(() -> new TopicFileException(
                        fileName,
                        "category",
                        "'" + categoryId + "' is not one of understanding, treatment, coping, planning"));
        String summary = text(fileName, fields, "summary");
        if (!summary.matches("[^.!?]*[^.!?\\s][.!?]")) {
            throw new TopicFileException(fileName, "summary", "must be exactly one sentence");
        }
        List<String> related = list(fileName, fields, "related", 1);
        for (String link : related) {
            if (link.equals(id)) {
                throw new TopicFileException(fileName, "related", "a topic cannot link to itself");
            }
        }
        List<String> questions = list(fileName, fields, "questions", MIN_QUESTIONS);
        LocalDate reviewed = date(fileName, fields, "reviewed");
        List<Topic.Section> sections = TopicBodyParser.parse(fileName, body, bodyFirstLine);
        List<String> sources = sources(fileName, fields, sections);
        return new Topic(id, title, category, summary, sections, related, questions, sources, reviewed, origin);
    }

    /**
     * The topic's sources: those under its section headings, in the order they first appear, or
     * (for a file written before sections named theirs) the header's list; never both.
     */
    private static List<String> sources(String fileName, Map<String, Object> fields, List<Topic.Section> sections)
            throws TopicFileException {
        List<String> fromSections =
                sections.stream().flatMap(s -> s.sources().stream()).distinct().toList();
        if (!fields.containsKey("sources")) {
            if (fromSections.isEmpty()) {
                throw new TopicFileException(
                        fileName,
                        "sources",
                        "missing: put a line like 'Sources: Mayo Clinic' under each section heading");
            }
            return fromSections;
        }
        if (!fromSections.isEmpty()) {
            throw new TopicFileException(
                    fileName,
                    "sources",
                    "give the sources under the section headings or in the header, not both (remove the header's list)");
        }
        return list(fileName, fields, "sources", 1);
    }

    private static Map<String, Object> readHeader(String fileName, String header) throws TopicFileException {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(header);
        } catch (YAMLException e) {
            String reason = e.getMessage() == null
                    ? ""
                    : e.getMessage().lines().findFirst().orElse("");
            throw new TopicFileException(fileName, "front matter", "not valid YAML: " + reason);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new TopicFileException(fileName, "front matter", "must be a list of 'field: value' lines");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        return fields;
    }

    private static Object required(String fileName, Map<String, Object> fields, String field)
            throws TopicFileException {
        Object value = fields.get(field);
        if (value == null) {
            throw new TopicFileException(fileName, field, "missing");
        }
        return value;
    }

    private static String text(String fileName, Map<String, Object> fields, String field) throws TopicFileException {
        Object value = required(fileName, fields, field);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new TopicFileException(fileName, field, "must be a non-empty text");
        }
        return s.strip();
    }

    private static List<String> list(String fileName, Map<String, Object> fields, String field, int min)
            throws TopicFileException {
        Object value = required(fileName, fields, field);
        if (!(value instanceof List<?> items)) {
            throw new TopicFileException(fileName, field, "must be a list of '- item' lines");
        }
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String s) || s.isBlank()) {
                throw new TopicFileException(fileName, field, "item " + (out.size() + 1) + " must be a non-empty text");
            }
            out.add(s.strip());
        }
        if (out.size() < min) {
            throw new TopicFileException(
                    fileName,
                    field,
                    "needs at least " + min + (min == 1 ? " item" : " items") + ", found " + out.size());
        }
        if (out.stream().distinct().count() != out.size()) {
            throw new TopicFileException(fileName, field, "lists the same item twice");
        }
        return out;
    }

    private static LocalDate date(String fileName, Map<String, Object> fields, String field) throws TopicFileException {
        Object value = required(fileName, fields, field);
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw new TopicFileException(fileName, field, "'" + value + "' is not a date like 2026-11-21");
        }
    }
}
