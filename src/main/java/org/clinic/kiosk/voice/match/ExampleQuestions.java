package org.clinic.kiosk.voice.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.clinic.kiosk.topic.Topic;

/**
 * Every example question (and every front-desk question) as a Lucene document of its own, searched
 * with BM25: the closest one says most about what a patient means.
 */
final class ExampleQuestions {

    private static final int HITS = 40;

    /** A topic's (or the front desk's) closest example question and its score. */
    record Closest(String text, double score) {}

    private final IndexSearcher searcher;
    private final List<String> ids = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    ExampleQuestions(KioskAnalyzer analyzer, List<Topic> topicList, Map<String, List<String>> declines) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Topic topic : topicList) {
                    for (String question : topic.questions()) {
                        add(writer, topic.id(), question);
                    }
                }
                for (Map.Entry<String, List<String>> decline : declines.entrySet()) {
                    for (String question : decline.getValue()) {
                        add(writer, decline.getKey(), question);
                    }
                }
                writer.commit();
            }
            searcher = TopicIndex.bm25(directory, ids.size(), "question");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the question index in memory", e);
        }
    }

    private void add(IndexWriter writer, String id, String question) throws IOException {
        Document document = new Document();
        document.add(new TextField("question", String.join(" ", SpokenText.words(question)), Field.Store.NO));
        writer.addDocument(document);
        ids.add(id);
        texts.add(question);
    }

    /** Per topic id, its closest example question, for the terms with their weights. */
    Map<String, Closest> closest(Map<String, Float> weights) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> term : weights.entrySet()) {
            query.add(
                    new BoostQuery(new TermQuery(new Term("question", term.getKey())), term.getValue()),
                    BooleanClause.Occur.SHOULD);
        }
        Map<String, Closest> closest = new HashMap<>();
        try {
            for (ScoreDoc hit : searcher.search(query.build(), HITS).scoreDocs) {
                closest.putIfAbsent(ids.get(hit.doc), new Closest(texts.get(hit.doc), hit.score));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the question index in memory", e);
        }
        return closest;
    }
}
