package org.clinic.kiosk.topic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The patient topics in service: the built-in ones from the jar, with a clinic's override folder
 * laid over them. Immutable once loaded.
 *
 * <p>A built-in file that fails validation stops start-up (it is a defect of the release). An
 * override file that fails is skipped with a log line naming the file and the field, and the
 * built-in version of that topic, if any, stays in service.
 */
public final class TopicCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(TopicCatalog.class);
    static final String BUILT_IN_FOLDER = "topics/";
    static final String BUILT_IN_INDEX = BUILT_IN_FOLDER + "catalogue.txt";

    private final Map<String, Topic> topics;
    private final List<String> problems;

    private TopicCatalog(Map<String, Topic> topics, List<String> problems) {
        this.topics = topics;
        this.problems = List.copyOf(problems);
    }

    /** Loads the built-in topics and lays the override folder over them (the folder may be absent). */
    public static TopicCatalog load(Path overrideFolder) {
        List<TopicFile> builtIn = readBuiltIn();
        List<TopicFile> overrides = readFolder(overrideFolder);
        TopicCatalog catalog = fromFiles(builtIn, overrides);
        LOG.info(
                "Topic catalogue: {} topics in service ({} built-in, {} override files, {} skipped)",
                catalog.topics.size(),
                builtIn.size(),
                overrides.size(),
                catalog.problems.size());
        return catalog;
    }

    /** A topic file's name, text and where it came from. */
    record TopicFile(String name, String text, String origin) {}

    static TopicCatalog fromFiles(List<TopicFile> builtInFiles, List<TopicFile> overrideFiles) {
        List<String> fatal = new ArrayList<>();
        Map<String, Topic> builtIn = parseAll(builtInFiles, (id, problem) -> fatal.add(problem));
        for (Topic topic : builtIn.values()) {
            brokenLink(topic, builtIn.keySet()).ifPresent(fatal::add);
        }
        if (!fatal.isEmpty()) {
            throw new IllegalStateException("The built-in topics are invalid:\n  " + String.join("\n  ", fatal));
        }

        List<String> problems = new ArrayList<>();
        Map<String, Topic> overrides =
                parseAll(overrideFiles, (id, problem) -> problems.add(skip(problem, builtIn.containsKey(id))));
        // dropping an override can break a link from another one, so repeat until nothing is dropped
        boolean dropped;
        do {
            dropped = false;
            Set<String> inService = new HashSet<>(builtIn.keySet());
            inService.addAll(overrides.keySet());
            for (Iterator<Topic> it = overrides.values().iterator(); it.hasNext(); ) {
                Topic topic = it.next();
                Optional<String> broken = brokenLink(topic, inService);
                if (broken.isPresent()) {
                    problems.add(skip(broken.get(), builtIn.containsKey(topic.id())));
                    it.remove();
                    dropped = true;
                }
            }
        } while (dropped);
        problems.forEach(LOG::warn);

        Map<String, Topic> merged = new LinkedHashMap<>(builtIn);
        merged.putAll(overrides);
        Map<String, Topic> ordered = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            merged.values().stream()
                    .filter(t -> t.category() == category)
                    .sorted(Comparator.comparing((Topic t) -> !builtIn.containsKey(t.id())))
                    .forEach(t -> ordered.put(t.id(), t));
        }
        return new TopicCatalog(ordered, problems);
    }

    /**
     * Parses files into topics by id. A file that cannot be used, or repeats an id, is reported
     * with the id it concerns (for a file that does not parse, its name without ".md").
     */
    private static Map<String, Topic> parseAll(List<TopicFile> files, BiConsumer<String, String> problem) {
        Map<String, Topic> topics = new LinkedHashMap<>();
        for (TopicFile file : files) {
            try {
                Topic topic = TopicParser.parse(file.name(), file.text(), file.origin());
                Topic earlier = topics.putIfAbsent(topic.id(), topic);
                if (earlier != null) {
                    problem.accept(
                            topic.id(),
                            file.name() + ": id: duplicate id '" + topic.id() + "' (also in " + earlier.origin() + ")");
                }
            } catch (TopicFileException e) {
                problem.accept(file.name().replaceFirst("\\.md$", ""), e.getMessage());
            }
        }
        return topics;
    }

    private static Optional<String> brokenLink(Topic topic, Set<String> ids) {
        return topic.related().stream()
                .filter(link -> !ids.contains(link))
                .findFirst()
                .map(link -> topic.origin() + ": related: '" + link + "' is not a topic id");
    }

    private static String skip(String problem, boolean builtInKept) {
        return "Skipped topic override " + problem + (builtInKept ? " (the built-in version stays in service)" : "");
    }

    private static List<TopicFile> readBuiltIn() {
        ClassLoader loader = TopicCatalog.class.getClassLoader();
        String index = readResource(loader, BUILT_IN_INDEX);
        List<TopicFile> files = new ArrayList<>();
        for (String line : index.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String name = line + ".md";
            files.add(new TopicFile(name, readResource(loader, BUILT_IN_FOLDER + name), "built-in " + name));
        }
        return files;
    }

    private static String readResource(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read built-in resource " + path, e);
        }
    }

    /** The override folder's files; one that cannot be read safely is skipped and named in the log. */
    private static List<TopicFile> readFolder(Path folder) {
        TopicOverrideFolder.Contents contents = TopicOverrideFolder.read(folder);
        contents.skipped().forEach(LOG::warn);
        return contents.files();
    }

    public List<Topic> all() {
        return List.copyOf(topics.values());
    }

    public List<Topic> inCategory(Category category) {
        return topics.values().stream().filter(t -> t.category() == category).toList();
    }

    public Optional<Topic> byId(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    /** What was wrong with override files that were skipped, one line each. */
    public List<String> problems() {
        return problems;
    }
}
