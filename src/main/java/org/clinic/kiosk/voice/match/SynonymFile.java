package org.clinic.kiosk.voice.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lay words: the built-in list ({@value #BUILT_IN}, inside the jar) and the clinic's own
 * additions ({@code kiosk-config/synonyms.txt}), one rule a line:
 * <ul>
 *   <li>{@code recurrence, came back, returned}: when a patient says any phrase after the first,
 *       the first is searched for too (the word the topics use);</li>
 *   <li>{@code pane => pain}: a word a recognizer writes instead of the one meant is replaced.</li>
 * </ul>
 * Phrases match whatever the word endings ("come back" also matches "coming back") and whichever
 * of a few sound-alike small words a recognizer wrote ("to", "too", "two"). Blank lines
 * and lines starting with {@code #} are comments. A line that cannot be used is skipped and
 * reported with its line number; the other lines still work.
 *
 * <p>The rules are applied to the word list before Lucene sees it, rather than with Lucene's
 * {@code SynonymGraphFilter}: that way each rule that fired can be named with its line in the
 * staff panel, a bad line is skipped on its own instead of failing the whole file, and the
 * added words get their own, lower weight in the search.
 */
final class SynonymFile {

    private static final Logger LOG = LoggerFactory.getLogger(SynonymFile.class);
    static final String BUILT_IN = "voice/synonyms.txt";
    private static final KioskAnalyzer STEMMER = KioskAnalyzer.forPhrases();

    /**
     * One line of the file.
     *
     * @param triggers the phrases that set the rule off, as word stems
     * @param result   the words searched for (added, or instead of the trigger when {@code replace})
     */
    record Rule(
            String source, int line, List<List<String>> triggers, List<String> result, boolean replace, String text) {

        String where() {
            return source + " line " + line;
        }
    }

    /** What the rules made of a question. */
    /**
     * A question's words after the rules.
     *
     * @param addedAt per word, the words every matching group adds
     * @param clinicAddedAt per word, the words only the clinic's own file adds
     */
    record Expansion(
            List<String> words, List<Set<String>> addedAt, List<Set<String>> clinicAddedAt, List<String> rewrites) {}

    private final List<Rule> rules;
    private final List<String> problems;
    /** Per stem, the rules (by place in {@link #rules}, in order) with a trigger that begins with it. */
    private final Map<String, int[]> byFirstStem;

    SynonymFile(List<Rule> rules, List<String> problems) {
        this.rules = List.copyOf(rules);
        this.problems = List.copyOf(problems);
        Map<String, java.util.SortedSet<Integer>> first = new HashMap<>();
        for (int r = 0; r < this.rules.size(); r++) {
            for (List<String> trigger : this.rules.get(r).triggers()) {
                if (!trigger.isEmpty()) {
                    first.computeIfAbsent(trigger.getFirst(), stem -> new java.util.TreeSet<>())
                            .add(r);
                }
            }
        }
        Map<String, int[]> byFirst = new HashMap<>();
        first.forEach((stem, at) ->
                byFirst.put(stem, at.stream().mapToInt(Integer::intValue).toArray()));
        this.byFirstStem = Map.copyOf(byFirst);
    }

    static SynonymFile none() {
        return new SynonymFile(List.of(), List.of());
    }

    /** The built-in rules alone. */
    /** The source name of the built-in list's rules. */
    static final String BUILT_IN_SOURCE = "built-in";

    static SynonymFile builtIn() {
        try (var in = SynonymFile.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in resource " + BUILT_IN);
            }
            return parse(BUILT_IN_SOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read built-in resource " + BUILT_IN, e);
        }
    }

    /**
     * The built-in rules, and the clinic's file's rules after them. Without a clinic file, the
     * built-in rules alone: that is no problem.
     */
    static SynonymFile builtInWith(Path clinicFile) {
        SynonymFile builtIn = builtIn();
        if (!Files.isRegularFile(clinicFile)) {
            LOG.info("No clinic synonym file at {}: the built-in lay words alone", clinicFile.toAbsolutePath());
            return builtIn;
        }
        SynonymFile clinic = read(clinicFile);
        List<Rule> rules = new ArrayList<>(builtIn.rules);
        rules.addAll(clinic.rules);
        List<String> problems = new ArrayList<>(builtIn.problems);
        problems.addAll(clinic.problems);
        return new SynonymFile(rules, problems);
    }

    /** Reads the file; a missing file gives no rules and a problem line saying so. */
    static SynonymFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            String problem = "Synonym file " + file + " not found: matching without lay words";
            LOG.warn(problem);
            return new SynonymFile(List.of(), List.of(problem));
        }
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            String problem = "Synonym file " + file + " cannot be read as UTF-8 text (" + e.getMessage()
                    + "): matching without lay words";
            LOG.warn(problem);
            return new SynonymFile(List.of(), List.of(problem));
        }
    }

    static SynonymFile parse(String name, String text) {
        List<Rule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                rules.add(parseLine(name, i + 1, line));
            } catch (IllegalArgumentException e) {
                String problem = name + " line " + (i + 1) + ": " + e.getMessage() + " (line skipped): " + line;
                LOG.warn(problem);
                problems.add(problem);
            }
        }
        return new SynonymFile(rules, problems);
    }

    private static Rule parseLine(String source, int number, String line) {
        String[] sides = line.split("=>", -1);
        if (sides.length > 2) {
            throw new IllegalArgumentException("more than one '=>'");
        }
        boolean replace = sides.length == 2;
        List<String> phrases = phrases(sides[0]);
        List<String> result;
        List<String> triggers;
        if (replace) {
            List<String> target = phrases(sides[1]);
            if (target.size() != 1) {
                throw new IllegalArgumentException("put exactly one word or phrase after '=>'");
            }
            result = SpokenText.words(target.getFirst());
            triggers = phrases;
        } else {
            if (phrases.size() < 2) {
                throw new IllegalArgumentException("a group needs at least two words or phrases, separated by commas");
            }
            result = SpokenText.words(phrases.getFirst());
            triggers = phrases.subList(1, phrases.size());
        }
        return new Rule(
                source, number, triggers.stream().map(SynonymFile::stems).toList(), result, replace, line);
    }

    private static List<String> phrases(String side) {
        List<String> phrases = new ArrayList<>();
        for (String part : side.split(",", -1)) {
            String phrase = part.strip();
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("empty word or phrase (two commas together, or a comma at an end?)");
            }
            if (!phrase.matches("[\\p{L}' -]+")) {
                throw new IllegalArgumentException(
                        "'" + phrase + "' may hold only letters, spaces, hyphens and apostrophes");
            }
            if (SpokenText.words(phrase).isEmpty()) {
                // "-", "'" or only fillers such as "um": nothing would be left to match
                throw new IllegalArgumentException("'" + phrase + "' has no words in it");
            }
            phrases.add(phrase);
        }
        return phrases;
    }

    /**
     * Small words a recognizer cannot tell apart by sound; phrases match whichever it wrote
     * ("right down my wishes" matches "write down my wishes").
     */
    private static final Map<String, String> SOUNDS_ALIKE = Map.of(
            "too", "to", "two", "to", "four", "for", "their", "there", "theyre", "there", "know", "no", "right",
            "write", "hear", "here", "won", "one");

    private static List<String> stems(String phrase) {
        return SpokenText.words(phrase).stream()
                .map(word -> {
                    String heard = SOUNDS_ALIKE.getOrDefault(word, word);
                    String stem = STEMMER.learn(heard);
                    return stem == null ? heard : stem;
                })
                .toList();
    }

    private static String stem(String word) {
        String heard = SOUNDS_ALIKE.getOrDefault(word, word);
        String stem = STEMMER.term(heard);
        return stem == null ? heard : stem;
    }

    /** Every word or phrase of the rules that were read, each in its plain words. */
    List<String> phrases() {
        List<String> all = new ArrayList<>();
        for (Rule rule : rules) {
            for (String part : rule.text().split("=>|,")) {
                List<String> words = SpokenText.words(part);
                if (!words.isEmpty()) {
                    all.add(String.join(" ", words));
                }
            }
        }
        return all;
    }

    List<String> problems() {
        return problems;
    }

    int size() {
        return rules.size();
    }

    /** Applies the replacing rules, then the adding ones, to a question's words. */
    Expansion apply(List<String> input) {
        List<String> rewrites = new ArrayList<>();
        List<String> words = new ArrayList<>(input);
        // replacements, left to right, the longest trigger first at each place
        List<String> stems = words.stream().map(SynonymFile::stem).toList();
        for (int i = 0; i < words.size(); i++) {
            Match best = null;
            // only the rules with a trigger beginning with this word can match here, in the file's order
            for (int r : byFirstStem.getOrDefault(stems.get(i), NONE)) {
                Rule rule = rules.get(r);
                if (rule.replace()) {
                    best = longer(best, rule, stems, i);
                }
            }
            if (best != null) {
                List<String> heard = words.subList(i, i + best.length());
                rewrites.add("\"" + String.join(" ", heard) + "\" heard as \""
                        + String.join(" ", best.rule().result()) + "\" ("
                        + best.rule().where() + ")");
                heard.clear();
                words.addAll(i, best.rule().result());
                i += best.rule().result().size() - 1;
                stems = words.stream().map(SynonymFile::stem).toList();
            }
        }
        List<Set<String>> addedAt = new ArrayList<>();
        List<Set<String>> clinicAddedAt = new ArrayList<>();
        words.forEach(w -> addedAt.add(new LinkedHashSet<>()));
        words.forEach(w -> clinicAddedAt.add(new LinkedHashSet<>()));
        boolean[] mayMatch = new boolean[rules.size()];
        for (String stem : stems) {
            for (int r : byFirstStem.getOrDefault(stem, NONE)) {
                mayMatch[r] = true;
            }
        }
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (rule.replace() || !mayMatch[r]) {
                continue;
            }
            for (int i = 0; i < words.size(); i++) {
                Match match = longer(null, rule, stems, i);
                if (match != null) {
                    for (int k = i; k < i + match.length(); k++) {
                        addedAt.get(k).addAll(rule.result());
                        if (!rule.source().equals(BUILT_IN_SOURCE)) {
                            clinicAddedAt.get(k).addAll(rule.result());
                        }
                    }
                    rewrites.add("\"" + String.join(" ", words.subList(i, i + match.length()))
                            + "\" also searched as \"" + String.join(" ", rule.result()) + "\" (" + rule.where() + ")");
                }
            }
        }
        return new Expansion(
                List.copyOf(words),
                addedAt.stream().map(Collections::unmodifiableSet).toList(),
                clinicAddedAt.stream().map(Collections::unmodifiableSet).toList(),
                List.copyOf(rewrites));
    }

    private static final int[] NONE = {};

    private record Match(Rule rule, int length) {}

    private static Match longer(Match best, Rule rule, List<String> stems, int at) {
        for (List<String> trigger : rule.triggers()) {
            int length = trigger.size();
            // an empty trigger would match everywhere, and a replacement would then never end
            if (length > 0
                    && at + length <= stems.size()
                    && stems.subList(at, at + length).equals(trigger)
                    && (best == null || length > best.length())) {
                best = new Match(rule, length);
            }
        }
        return best;
    }
}
