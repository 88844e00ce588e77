package org.clinic.kiosk.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into the pieces the kiosk says one at a time: sentences, and very long sentences
 * cut again at a semicolon, comma or space so each piece starts playing quickly. Joining the
 * pieces with single spaces gives back the text (with its spacing tidied).
 */
public final class Sentences {

    /** Longer pieces are cut; about 15 seconds of speech at the normal rate. */
    static final int MAX_CHARS = 220;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "mr", "mrs", "ms", "st", "e.g", "i.e", "eg", "ie", "vs", "no", "approx", "a.m", "p.m", "etc.,");

    private Sentences() {}

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        String tidy = text.strip().replaceAll("\\s+", " ");
        int start = 0;
        for (int i = 0; i < tidy.length(); i++) {
            char c = tidy.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?')
                    && i + 1 < tidy.length()
                    && tidy.charAt(i + 1) == ' '
                    && i + 2 < tidy.length()
                    && startsSentence(tidy.charAt(i + 2))
                    && !(c == '.' && isAbbreviation(tidy, start, i));
            if (end) {
                addPieces(tidy.substring(start, i + 1), sentences);
                start = i + 2;
                i++;
            }
        }
        if (start < tidy.length()) {
            addPieces(tidy.substring(start), sentences);
        }
        return sentences;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '(';
    }

    private static boolean isAbbreviation(String text, int start, int dot) {
        int wordStart = text.lastIndexOf(' ', dot - 1) + 1;
        String word = text.substring(Math.max(start, wordStart), dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
    }

    private static void addPieces(String sentence, List<String> out) {
        String rest = sentence.strip();
        while (rest.length() > MAX_CHARS) {
            int cut = lastBreak(rest, "; ");
            if (cut < 0) {
                cut = lastBreak(rest, ", ");
            }
            if (cut < 0) {
                cut = rest.lastIndexOf(' ', MAX_CHARS);
            } else {
                cut++; // keep the punctuation with the first piece
            }
            if (cut <= 0) {
                cut = MAX_CHARS; // one enormous "word": cut it anyway
            }
            out.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
    }

    private static int lastBreak(String text, String mark) {
        int at = text.lastIndexOf(mark, MAX_CHARS);
        return at >= MAX_CHARS / 3 ? at : -1;
    }
}
