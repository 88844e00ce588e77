package org.clinic.kiosk.voice.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis shared by the index and the questions: words, lower case, stop words removed
 * (Lucene's English list plus the pronouns and helper verbs every question has), Porter stemming,
 * so "treatments", "treated" and "treating" meet at "treat".
 */
final class KioskAnalyzer extends Analyzer {

    private static final CharArraySet STOP_WORDS;

    static {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        stop.addAll(List.of(
                "i",
                "me",
                "my",
                "myself",
                "mine",
                "you",
                "your",
                "yours",
                "we",
                "our",
                "us",
                "he",
                "she",
                "him",
                "her",
                "his",
                "its",
                "do",
                "does",
                "did",
                "doing",
                "done",
                "am",
                "been",
                "being",
                "have",
                "has",
                "had",
                "can",
                "could",
                "would",
                "should",
                "shall",
                "may",
                "might",
                "must",
                "so",
                "just",
                "about",
                "some",
                "any",
                "very",
                "really",
                "also",
                "what",
                "that",
                "those",
                "than",
                "too",
                "from",
                "up",
                "out",
                "all",
                "now",
                "there",
                "here",
                "please",
                "ok",
                "okay",
                "oh",
                "well",
                "yeah",
                "like",
                "want",
                "know",
                "tell",
                "mean",
                "thing",
                "things",
                "something",
                "got",
                "get",
                "go",
                "going",
                "said",
                "say",
                "says",
                "saying",
                "told",
                "even",
                "actually",
                "exactly",
                "anyway",
                "basically",
                "guess",
                "suppose",
                "wonder",
                "wondering"));
        STOP_WORDS = CharArraySet.unmodifiableSet(stop);
    }

    /** Whether stemming keeps stop words: the synonym rules match on stems of every word. */
    private final boolean keepStopWords;
    /** Terms of the kiosk's own words, worked out once: most of what patients say is among them. */
    private final Map<String, String> vocabulary = new ConcurrentHashMap<>();

    private KioskAnalyzer(boolean keepStopWords) {
        this.keepStopWords = keepStopWords;
    }

    /** For the index and the search: stop words removed. */
    static KioskAnalyzer forSearch() {
        return new KioskAnalyzer(false);
    }

    /** For matching synonym phrases: every word kept, stemmed. */
    static KioskAnalyzer forPhrases() {
        return new KioskAnalyzer(true);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        if (!keepStopWords) {
            stream = new StopFilter(stream, STOP_WORDS);
        }
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
    }

    /** The terms of a text, in order. */
    List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse text in memory", e);
        }
        return terms;
    }

    /** One word's term, or null when it is a stop word. */
    String term(String word) {
        String known = vocabulary.get(word);
        if (known == null) {
            known = compute(word);
        }
        return known.isEmpty() ? null : known;
    }

    /**
     * The same as {@link #term}, remembering the answer: only for the kiosk's own words (topics,
     * synonym file, command phrases), never for what a patient said, which is not kept.
     */
    String learn(String word) {
        String term = vocabulary.computeIfAbsent(word, this::compute);
        return term.isEmpty() ? null : term;
    }

    private String compute(String word) {
        return String.join(" ", terms(word));
    }
}
