package org.clinic.kiosk.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words the voice says badly, each with a spelling it says well: the built-in list
 * ({@value #BUILT_IN}, inside the jar) and the clinic's {@code kiosk-config/pronunciations.txt}
 * on top of it, one {@code word = how to say it} a line, {@code #} starts a comment. A bad line
 * is skipped with a message naming the file and the line; the other lines still count.
 */
final class Pronunciations {

    static final String BUILT_IN = "speech/pronunciations.txt";

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'\\-]*( [A-Za-z][A-Za-z'\\-]*)*");
    private static final Pattern SAID = Pattern.compile("[A-Za-z][A-Za-z' \\-]*");

    private final Map<String, String> words;
    private final List<String> problems;
    private final Pattern anyWord;

    private Pronunciations(Map<String, String> words, List<String> problems) {
        this.words = Map.copyOf(words);
        this.problems = List.copyOf(problems);
        this.anyWord = words.isEmpty()
                ? null
                : Pattern.compile(
                        "(?<![A-Za-z'])("
                                + String.join(
                                        "|",
                                        words.keySet().stream()
                                                .sorted((a, b) -> b.length() - a.length())
                                                .map(Pattern::quote)
                                                .toList())
                                + ")(?![A-Za-z])",
                        Pattern.CASE_INSENSITIVE);
    }

    static Pronunciations none() {
        return new Pronunciations(Map.of(), List.of());
    }

    /**
     * The built-in pronunciations with the clinic's file on top: a word given in both is said the
     * clinic's way. Without a clinic file, the built-in ones alone, and no problem.
     */
    static Pronunciations builtInWith(Path clinicFile) {
        List<String> lines;
        try (var in = Pronunciations.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in resource " + BUILT_IN);
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read built-in resource " + BUILT_IN, e);
        }
        Pronunciations builtIn = parse(lines, "built-in " + BUILT_IN);
        if (!Files.isRegularFile(clinicFile)) {
            return builtIn;
        }
        Pronunciations clinic = load(clinicFile);
        Map<String, String> words = new LinkedHashMap<>(builtIn.words);
        words.putAll(clinic.words);
        List<String> problems = new ArrayList<>(builtIn.problems);
        problems.addAll(clinic.problems);
        return new Pronunciations(words, problems);
    }

    /** Reads the file; a missing file means no pronunciations (and one problem saying so). */
    static Pronunciations load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Pronunciations(Map.of(), List.of(file + ": no such file, so no pronunciations are used"));
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException | RuntimeException e) {
            return new Pronunciations(Map.of(), List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    static Pronunciations parse(List<String> lines, String source) {
        Map<String, String> words = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = source + " line " + (i + 1) + ": ";
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                problems.add(where + "expected 'word = how to say it' but found '" + line + "'");
                continue;
            }
            String word = line.substring(0, equals).strip();
            String said = line.substring(equals + 1).strip();
            if (!WORD.matcher(word).matches()) {
                problems.add(where + "'" + word + "' is not a word (letters, ' and - only)");
            } else if (said.isEmpty() || !SAID.matcher(said).matches()) {
                problems.add(where + "how to say '" + word + "' must be letters and spaces, found '" + said + "'");
            } else if (words.putIfAbsent(word.toLowerCase(Locale.ROOT), said) != null) {
                problems.add(where + "'" + word + "' is already given on an earlier line");
            }
        }
        return new Pronunciations(words, problems);
    }

    /** Replaces each listed word (whole words, any case) by its spoken spelling. */
    String apply(String text) {
        if (anyWord == null) {
            return text;
        }
        Matcher m = anyWord.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(words.get(m.group(1).toLowerCase(Locale.ROOT))));
        }
        m.appendTail(out);
        return out.toString();
    }

    int size() {
        return words.size();
    }

    List<String> problems() {
        return problems;
    }
}
