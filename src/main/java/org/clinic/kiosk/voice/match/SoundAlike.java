package org.clinic.kiosk.voice.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The kiosk's own words by how they sound (Double Metaphone), for a word the topics do not use: a
 * recognizer that writes "hospis" or "paliative" most likely heard "hospice" or "palliative". A
 * sound-alike has the same code (primary or alternate) and differs in at most half its letters,
 * the closest spelling first; failing that, a known word that begins with the same six letters
 * and differs in at most three ("palliate" for "palliative"). The matcher weighs such a word below the patient's own words. (Codes
 * one letter apart, which would take "hostess" to "hospice", took word salad to topics too often
 * on the tuning set: "seven green umbrellas" to "given".)
 */
final class SoundAlike {

    /** Words shorter than this are too short to guess from their sound. */
    static final int MIN_LETTERS = 4;

    /** Letters a cut or lengthened word shares with the start of the known word. */
    private static final int PREFIX = 6;
    /** Letters a cut or lengthened word may differ in. */
    private static final int MAX_CUT_DISTANCE = 3;

    /** A known word a heard word sounds like. */
    record Match(String heard, String known, boolean sameCode) {}

    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private final Map<String, List<String>> byCode = new HashMap<>();
    /** Known words by their first {@link #PREFIX} letters. */
    private final Map<String, List<String>> byStart = new HashMap<>();

    SoundAlike(Collection<String> knownWords) {
        for (String word : knownWords) {
            if (word.length() >= MIN_LETTERS && word.chars().allMatch(Character::isLetter)) {
                if (word.length() >= PREFIX) {
                    List<String> words = byStart.computeIfAbsent(word.substring(0, PREFIX), p -> new ArrayList<>());
                    if (!words.contains(word)) {
                        words.add(word);
                    }
                }
                for (String code : codes(word)) {
                    List<String> words = byCode.computeIfAbsent(code, c -> new ArrayList<>());
                    if (!words.contains(word)) {
                        words.add(word);
                    }
                }
            }
        }
    }

    private List<String> codes(String word) {
        String primary = metaphone.doubleMetaphone(word);
        String alternate = metaphone.doubleMetaphone(word, true);
        if (primary == null || primary.isEmpty()) {
            return List.of();
        }
        return alternate == null || alternate.equals(primary) ? List.of(primary) : List.of(primary, alternate);
    }

    /** The known word that sounds most like {@code heard}, if one is close enough. */
    Optional<Match> closest(String heard) {
        if (heard.length() < MIN_LETTERS || !heard.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        List<String> codes = codes(heard);
        String best = null;
        boolean same = false;
        int bestDistance = Integer.MAX_VALUE;
        for (String code : codes) {
            for (String known : byCode.getOrDefault(code, List.of())) {
                int distance = editDistance(heard, known);
                if (!same || distance < bestDistance) {
                    best = known;
                    bestDistance = distance;
                    same = true;
                }
            }
        }
        if (same && bestDistance <= Math.max(heard.length(), best.length()) / 2) {
            return Optional.of(new Match(heard, best, true));
        }
        // a word the recognizer cut or lengthened: "palliate" for "palliative"
        String cut = null;
        int cutDistance = Integer.MAX_VALUE;
        if (heard.length() >= PREFIX) {
            for (String known : byStart.getOrDefault(heard.substring(0, PREFIX), List.of())) {
                int distance = editDistance(heard, known);
                if (distance <= MAX_CUT_DISTANCE
                        && (cut == null
                                || distance < cutDistance
                                || (distance == cutDistance && known.compareTo(cut) < 0))) {
                    cut = known;
                    cutDistance = distance;
                }
            }
        }
        return Optional.ofNullable(cut).map(known -> new Match(heard, known, false));
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
