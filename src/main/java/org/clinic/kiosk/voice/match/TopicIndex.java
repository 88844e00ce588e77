package org.clinic.kiosk.voice.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.clinic.kiosk.topic.Topic;

/**
 * The topics as a Lucene index in memory, searched with BM25.
 *
 * <p>Each topic is one document with four fields, weighted by how close they are to what a patient
 * asks: its example questions and title most, the summary next, the body least. Each example
 * question is also a document of its own, and a topic's score adds its closest question's. One
 * more document holds things the kiosk cannot help with (parking, appointment times, the
 * weather), so they compete with the topics on equal terms.
 *
 * <p>Coverage is the share of the question's words found in a topic, rare words counting more,
 * a word the synonym file added to counting as found when either is. Topics are ranked by score
 * times coverage squared (a word found only in the body counting half), so the topic that
 * explains all of the question beats one that matches one word of it very well.
 */
final class TopicIndex {

    static final String FRONT_DESK = "front-desk";
    /** Things no one at the clinic helps with (music, sport, the kiosk's name): "not understood". */
    static final String OFF_TOPIC = "off-topic";

    /** The fields and their weights. */
    static final Map<String, Float> FIELDS = fieldWeights();
    /** Weight of words the synonym file added, relative to the patient's own words. */
    static final float ADDED_WORD_WEIGHT = 0.8f;

    private static final int CANDIDATES = 8;
    /** Weight of the single closest example question, on top of the topic's own score. */
    private static final double QUESTION_WEIGHT = 1.0;
    /** Weight in coverage of a word no topic uses (most other words weigh 1 to 3.5). */
    private static final double UNKNOWN_WORD_WEIGHT = 1.0;
    /** A word no topic uses, standing for a sound-alike that one does, covers the question this much. */
    private static final double GUESSED_COVERAGE = 0.5;
    /** A word found only deep in a topic's body covers the question less than one in its title or questions. */
    private static final double BODY_COVERAGE = 0.5;
    /** How strongly covering all of the question counts against a high score for part of it. */
    private static final double COVERAGE_POWER = 2.0;

    /**
     * One group of terms that stand for one word of the question (the word and what rules added for
     * it); {@code guessed} when the word is unknown and only a sound-alike could stand for it.
     */
    record Concept(Set<String> terms, double weight, boolean guessed) {}

    /** One document the search scored: a topic, or the front desk. */
    record Candidate(int doc, String id, double score, double coverage, String closestQuestion) {}

    private final KioskAnalyzer analyzer;
    private final IndexSearcher searcher;
    /** Every example question as a document of its own: the closest one says most about what is meant. */
    private final ExampleQuestions questions;

    private final List<String> docIds = new ArrayList<>();
    /** Per document, per field: the terms it holds. */
    private final List<Map<String, Set<String>>> docTerms = new ArrayList<>();

    private final Map<String, Integer> docFreq = new HashMap<>();

    /** Every word of the kiosk's own text, as written (for {@link SoundAlike}). */
    private final Set<String> words = new LinkedHashSet<>();

    /**
     * @param declines per id ({@link #FRONT_DESK}, {@link #OFF_TOPIC}), questions the kiosk should
     *                 decline; each id is one more document, and its questions example questions
     */
    TopicIndex(KioskAnalyzer analyzer, List<Topic> topicList, Map<String, List<String>> declines) {
        this.analyzer = analyzer;
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Topic topic : topicList) {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                fields.put("title", List.of(topic.title()));
                fields.put("questions", topic.questions());
                fields.put("summary", List.of(topic.summary()));
                fields.put("body", topic.bodyUnits());
                add(writer, topic.id(), fields);
            }
            // the questions to decline go in every field, so they compete with a topic on equal terms
            for (Map.Entry<String, List<String>> decline : declines.entrySet()) {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                FIELDS.keySet().forEach(field -> fields.put(field, decline.getValue()));
                add(writer, decline.getKey(), fields);
            }
            writer.commit();
            searcher = bm25(directory, docIds.size(), "topic");
            questions = new ExampleQuestions(analyzer, topicList, declines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the question index in memory", e);
        }
    }

    private static Map<String, Float> fieldWeights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put("questions", 3.0f);
        weights.put("title", 2.5f);
        weights.put("summary", 1.5f);
        weights.put("body", 1.0f);
        return weights;
    }

    private void add(IndexWriter writer, String id, Map<String, List<String>> fields) throws IOException {
        Document document = new Document();
        document.add(new StringField("id", id, Field.Store.YES));
        Map<String, Set<String>> terms = new LinkedHashMap<>();
        Set<String> all = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            Set<String> fieldTerms = new LinkedHashSet<>();
            for (String value : field.getValue()) {
                List<String> valueWords = SpokenText.words(value);
                valueWords.forEach(analyzer::learn);
                words.addAll(valueWords);
                String text = String.join(" ", valueWords);
                document.add(new TextField(field.getKey(), text, Field.Store.NO));
                fieldTerms.addAll(analyzer.terms(text));
            }
            terms.put(field.getKey(), fieldTerms);
            all.addAll(fieldTerms);
        }
        all.forEach(term -> docFreq.merge(term, 1, Integer::sum));
        writer.addDocument(document);
        docIds.add(id);
        docTerms.add(terms);
    }

    /**
     * A BM25 searcher over an index written in one go; document numbers are the order of writing.
     *
     * @param what the index's name, for the error message
     */
    static IndexSearcher bm25(ByteBuffersDirectory directory, int documents, String what) throws IOException {
        DirectoryReader reader = DirectoryReader.open(directory);
        if (reader.leaves().size() != 1 || reader.maxDoc() != documents) {
            throw new IllegalStateException("The " + what + " index must be one segment in the order it was written");
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        return searcher;
    }

    /** Whether any topic (or declined question) holds the term. */
    boolean knows(String term) {
        return docFreq.containsKey(term);
    }

    /** Every word of the kiosk's own text, as written, each once. */
    Set<String> words() {
        return words;
    }

    /** BM25's inverse document frequency over the topics; a word found nowhere counts as the rarest. */
    double idf(String term) {
        int n = docFreq.getOrDefault(term, 0);
        if (n == 0) {
            // a word no topic uses says little about which topic is meant ("said", "even"); the
            // front-desk document is what catches questions about other things
            return UNKNOWN_WORD_WEIGHT;
        }
        int count = docIds.size();
        return Math.log(1 + (count - n + 0.5) / (n + 0.5));
    }

    /**
     * The best-ranked documents, best first.
     *
     * @param weights every term to search for, with its weight: 1 for the patient's own words, less
     *                for words the synonym file added or sound-alikes
     */
    List<Candidate> search(List<Concept> concepts, Map<String, Float> weights) {
        if (weights.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> weighted : weights.entrySet()) {
            String term = weighted.getKey();
            float wordWeight = weighted.getValue();
            for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
                query.add(
                        new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue() * wordWeight),
                        BooleanClause.Occur.SHOULD);
            }
        }
        double total = concepts.stream().mapToDouble(Concept::weight).sum();
        try {
            Map<String, ExampleQuestions.Closest> closestQuestion = questions.closest(weights);
            TopDocs top = searcher.search(query.build(), docIds.size());
            List<Candidate> candidates = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                String id = docIds.get(hit.doc);
                Map<String, Set<String>> held = docTerms.get(hit.doc);
                double rankCoverage = share(concepts, total, c -> found(c, held));
                double coverage = share(concepts, total, c -> covered(c, held));
                ExampleQuestions.Closest question = closestQuestion.get(id);
                double score = hit.score + (question == null ? 0 : QUESTION_WEIGHT * question.score());
                candidates.add(new Candidate(
                        hit.doc,
                        id,
                        score * Math.pow(rankCoverage, COVERAGE_POWER),
                        coverage,
                        question == null ? null : question.text()));
            }
            // the best topic explains all of the question, not one word of it very well; ties keep index order
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
            return List.copyOf(candidates.subList(0, Math.min(CANDIDATES, candidates.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the question index in memory", e);
        }
    }

    /** The weighted share of the concepts a topic holds, by {@code found} (0 to 1 each). */
    private static double share(
            List<Concept> concepts, double total, java.util.function.ToDoubleFunction<Concept> found) {
        return total == 0
                ? 0
                : concepts.stream()
                                .mapToDouble(c -> c.weight() * found.applyAsDouble(c))
                                .sum()
                        / total;
    }

    /** 1 when the topic holds the concept anywhere, less when it holds only a sound-alike of it, else 0. */
    private static double covered(Concept concept, Map<String, Set<String>> held) {
        double found = Math.ceil(found(concept, held));
        return concept.guessed() ? GUESSED_COVERAGE * found : found;
    }

    /** 1 when the topic's title, summary or questions hold the concept, less when only its body does, else 0. */
    private static double found(Concept concept, Map<String, Set<String>> held) {
        double best = 0;
        for (Map.Entry<String, Set<String>> field : held.entrySet()) {
            if (concept.terms().stream().anyMatch(field.getValue()::contains)) {
                best = Math.max(best, field.getKey().equals("body") ? BODY_COVERAGE : 1);
            }
        }
        return best;
    }

    /** Where a candidate matched: its closest example question, then per field the terms found there. */
    List<String> matchesIn(Candidate candidate, List<String> terms) {
        List<String> matches = new ArrayList<>();
        if (candidate.closestQuestion() != null) {
            matches.add("closest example question: \"" + candidate.closestQuestion() + "\"");
        }
        for (Map.Entry<String, Set<String>> field :
                docTerms.get(candidate.doc()).entrySet()) {
            List<String> found =
                    terms.stream().filter(field.getValue()::contains).toList();
            if (!found.isEmpty()) {
                matches.add(field.getKey() + ": " + String.join(", ", found));
            }
        }
        return matches;
    }
}
