package org.clinic.kiosk.voice.recognition.pocketsphinx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * A {@link Vocabulary} as the language model Vosk 0.3.45 makes of a grammar ({@code
 * Recognizer::UpdateGrammarFst} with {@code LanguageModelEstimator}, ngram order 2, discount 0.5),
 * written as an ARPA file for PocketSphinx, so that what the kiosk learns with one engine holds for
 * the other.
 *
 * <p>Vosk's construction: every phrase is a sentence; its first word is counted in the start state
 * (which is also the unigram state: a phrase does not start from a separate {@code <s>} history),
 * each later word after the word before it, and the end after its last word. Each word's counts are
 * then added to the unigram state. In every state a word's probability is {@code 0.5 * count /
 * total}, and every word state backs off to the unigram state with weight {@code 1 - 0.5}. So any
 * sequence of the vocabulary's words can be heard, and {@code [unk]}, one phrase among a thousand,
 * is rarely the likeliest. Words the engine does not know are left out of their phrase (as Vosk
 * does, with a warning each), and listed here instead.
 *
 * <p>The ARPA form differs from Vosk's FST in one way: PocketSphinx takes the backoff only for a
 * word pair never seen, where Vosk's decoder may also take it when it scores better.
 */
final class BigramGrammar {

    static final double DISCOUNT = 0.5;

    private static final String START = "<s>";
    private static final String END = "</s>";

    private final Map<String, Map<String, Integer>> counts;
    private final SortedSet<String> dropped;

    private BigramGrammar(Map<String, Map<String, Integer>> counts, SortedSet<String> dropped) {
        this.counts = counts;
        this.dropped = dropped;
    }

    /**
     * Counts the vocabulary's phrases.
     *
     * @param known whether the engine's dictionary has a word ({@link Transcript#UNKNOWN} included)
     */
    static BigramGrammar of(Vocabulary vocabulary, Predicate<String> known) {
        // history "" is the start and unigram state; a word is the state after that word
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        SortedSet<String> dropped = new TreeSet<>();
        counts.put("", new LinkedHashMap<>());
        for (String phrase : vocabulary.phrases()) {
            String history = "";
            for (String word : phrase.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (!known.test(word)) {
                    dropped.add(word);
                    continue;
                }
                count(counts, history, word);
                history = word;
            }
            count(counts, history, END);
        }
        // each word state's counts also go to the state it backs off to
        Map<String, Integer> unigrams = counts.get("");
        counts.forEach((history, next) -> {
            if (!history.isEmpty()) {
                next.forEach((word, n) -> unigrams.merge(word, n, Integer::sum));
            }
        });
        return new BigramGrammar(counts, dropped);
    }

    private static void count(Map<String, Map<String, Integer>> counts, String history, String word) {
        counts.computeIfAbsent(history, h -> new LinkedHashMap<>()).merge(word, 1, Integer::sum);
    }

    /** Words of the vocabulary the engine does not know, left out of their phrases, sorted. */
    SortedSet<String> dropped() {
        return dropped;
    }

    /** The distinct words kept (without the end marker). */
    Set<String> words() {
        Set<String> words = new LinkedHashSet<>(counts.get("").keySet());
        words.remove(END);
        return words;
    }

    /** The probability of {@code word} after {@code history} ("" for the start), as Vosk's grammar gives it. */
    double probability(String history, String word) {
        Map<String, Integer> next = counts.get(history);
        if (next != null && next.containsKey(word)) {
            return DISCOUNT * next.get(word) / total(next);
        }
        if (history.isEmpty() || next == null) {
            return 0;
        }
        return (1 - DISCOUNT) * probability("", word);
    }

    private static int total(Map<String, Integer> next) {
        return next.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The model in ARPA text form (log10 probabilities). */
    String arpa() {
        Map<String, Integer> unigrams = counts.get("");
        List<String> bigrams = new ArrayList<>();
        counts.forEach((history, next) -> {
            if (history.isEmpty()) {
                return;
            }
            int total = total(next);
            next.forEach((word, n) -> bigrams.add(log(DISCOUNT * n / total) + " " + history + " " + word));
        });
        int unigramTotal = total(unigrams);
        StringBuilder arpa = new StringBuilder(64 * (unigrams.size() + bigrams.size()));
        arpa.append("\\data\\\n");
        arpa.append("ngram 1=")
                .append(unigrams.size() + (unigrams.containsKey(END) ? 1 : 2))
                .append('\n');
        arpa.append("ngram 2=").append(bigrams.size()).append("\n\n\\1-grams:\n");
        // a phrase starts in the unigram state: no penalty for leaving <s>
        arpa.append("-99 ").append(START).append(" 0\n");
        if (!unigrams.containsKey(END)) {
            arpa.append("-99 ").append(END).append('\n');
        }
        String backoff = " " + log(1 - DISCOUNT);
        unigrams.forEach((word, n) -> {
            arpa.append(log(DISCOUNT * n / unigramTotal)).append(' ').append(word);
            if (counts.containsKey(word)) {
                arpa.append(backoff);
            }
            arpa.append('\n');
        });
        arpa.append("\n\\2-grams:\n");
        bigrams.forEach(line -> arpa.append(line).append('\n'));
        arpa.append("\n\\end\\\n");
        return arpa.toString();
    }

    /** log10 to six places (Double's own text: String.format is slow, and ARPA readers take either form). */
    private static String log(double probability) {
        return Double.toString(Math.round(Math.log10(probability) * 1e6) / 1e6);
    }
}
