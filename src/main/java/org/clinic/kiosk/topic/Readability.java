package org.clinic.kiosk.topic;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade level of a topic's body:
 * {@code 0.39 * words/sentences + 11.8 * syllables/words - 15.59}.
 *
 * <p>Every paragraph and every list item is scored; a list item is a sentence even without a full
 * stop, and headings are not scored. Syllables are counted the usual way: groups of vowels
 * (a, e, i, o, u, y) in a word, less a silent final "e" (but not "-le"), a silent "-es" or
 * "-ed" ending, and a leading consonant "y"; words of three letters or fewer, and numbers, count
 * as one syllable.
 */
public final class Readability {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+(?:'[A-Za-z]+)?");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?:\\s+|$)");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private Readability() {}

    /** The grade of a topic's body (all its paragraphs and list items). */
    public static double gradeOf(Topic topic) {
        return grade(topic.bodyUnits());
    }

    /** The grade of some text units; each unit ends at least one sentence. */
    public static double grade(List<String> units) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        for (String unit : units) {
            for (String sentence : SENTENCE_END.split(unit.replace('\u2019', '\''))) {
                Matcher m = WORD.matcher(sentence);
                int before = words;
                while (m.find()) {
                    words++;
                    syllables += syllables(m.group());
                }
                if (words > before) {
                    sentences++;
                }
            }
        }
        if (words == 0) {
            return 0.0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        if (w.endsWith("e") && !w.endsWith("le") && !w.matches(".*[aeiouy]e")) {
            w = w.substring(0, w.length() - 1);
        } else if ((w.endsWith("es") || w.endsWith("ed"))
                && !w.matches(".*(t|d)ed")
                && !w.matches(".*(s|x|z|ch|sh|c|g)es")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.startsWith("y")) {
            w = w.substring(1);
        }
        Matcher m = VOWEL_GROUP.matcher(w);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
