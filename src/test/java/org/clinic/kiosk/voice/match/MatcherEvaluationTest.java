package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Top-1 accuracy (a choice of two counts as its first topic; the report says how many there were) on labelled patient questions and commands (clean and recognizer-like), against
 * a plain search box: BM25 over the topics' text, without synonyms, example questions or commands.
 * The questions in {@code src/test/resources/voice/} were written fresh; the holdout files were
 * not looked at while tuning. {@code -Dmatcher.misses=true} prints every question it gets wrong.
 */
public class MatcherEvaluationTest {

    private static final String[] SETS = {"questions-tuning", "questions-holdout"};
    private static List<Topic> topics;
    private static LuceneQuestionMatcher matcher;
    private static PlainSearch baseline;

    public record Labelled(String expected, String question) {}

    @BeforeAll
    static void build() throws IOException {
        topics = TopicCatalog.load(Path.of("target/no-topic-overrides")).all();
        matcher = LuceneQuestionMatcher.build(
                topics, Path.of("kiosk-config/synonyms.txt"), "Please ask at the front desk.");
        baseline = new PlainSearch(topics);
    }

    public static List<Labelled> read(String name) {
        try (InputStream in = MatcherEvaluationTest.class.getResourceAsStream("/voice/" + name + ".tsv")) {
            List<Labelled> labelled = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    labelled.add(new Labelled(parts[0], parts[1]));
                }
            }
            return labelled;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String label(MatchResult result) {
        String outcome = Scorecard.outcome(result);
        return outcome.equals("declined") ? "none" : outcome;
    }

    private record Score(int right, int total, int choices, int rightAsChoice) {
        double accuracy() {
            return 100.0 * right / total;
        }
    }

    private static Score score(List<Labelled> set, boolean useBaseline, String name) {
        int right = 0;
        int choices = 0;
        int rightAsChoice = 0;
        for (Labelled item : set) {
            String got;
            boolean choice = false;
            if (useBaseline) {
                got = baseline.best(item.question());
            } else {
                MatchResult result = matcher.match(item.question());
                got = label(result);
                choice = result instanceof MatchResult.TopicChoice;
                if (choice) {
                    choices++;
                }
            }
            if (got.equals(item.expected())) {
                right++;
                if (choice) {
                    rightAsChoice++;
                }
            } else if (!useBaseline && Boolean.getBoolean("matcher.misses")) {
                System.out.printf("  miss [%s] expected %s, got %s: %s%n", name, item.expected(), got, item.question());
            }
        }
        return new Score(right, set.size(), choices, rightAsChoice);
    }

    @Test
    void theMatcherFindsTheRightAnswerFarMoreOftenThanAPlainSearchBox() {
        List<Labelled> clean = new ArrayList<>();
        List<Labelled> noisy = new ArrayList<>();
        StringBuilder report = new StringBuilder("\nQuestion matcher, top-1 accuracy\n");
        for (String set : SETS) {
            List<Labelled> setClean = read(set);
            List<Labelled> setNoisy = read(set + "-noisy");
            assertThat(setNoisy)
                    .extracting(Labelled::expected)
                    .containsExactlyElementsOf(
                            setClean.stream().map(Labelled::expected).toList());
            clean.addAll(setClean);
            noisy.addAll(setNoisy);
            report.append(line(set + " clean", score(setClean, false, set), score(setClean, true, set)));
            report.append(line(set + " noisy", score(setNoisy, false, set + "-noisy"), score(setNoisy, true, set)));
        }
        Score cleanScore = score(clean, false, "all");
        Score noisyScore = score(noisy, false, "all-noisy");
        Score cleanPlain = score(clean, true, "all");
        Score noisyPlain = score(noisy, true, "all-noisy");
        report.append(line("ALL clean", cleanScore, cleanPlain));
        report.append(line("ALL noisy", noisyScore, noisyPlain));
        System.out.println(report);

        assertThat(clean).hasSizeGreaterThanOrEqualTo(250);
        assertThat(cleanScore.accuracy()).as("clean top-1 accuracy").isGreaterThanOrEqualTo(90.0);
        assertThat(noisyScore.accuracy()).as("noisy top-1 accuracy").isGreaterThanOrEqualTo(85.0);
        assertThat(cleanScore.accuracy() - cleanPlain.accuracy())
                .as("lead over a plain search box, clean")
                .isGreaterThanOrEqualTo(30.0);
        assertThat(noisyScore.accuracy() - noisyPlain.accuracy())
                .as("lead over a plain search box, noisy")
                .isGreaterThanOrEqualTo(30.0);
    }

    private static String line(String name, Score matcher, Score plain) {
        return String.format(
                Locale.ROOT,
                "  %-24s matcher %5.1f %% (%d/%d; %d answers were a choice of two, "
                        + "%d of them right first)   plain BM25 %5.1f %% (%d/%d)%n",
                name,
                matcher.accuracy(),
                matcher.right(),
                matcher.total(),
                matcher.choices(),
                matcher.rightAsChoice(),
                plain.accuracy(),
                plain.right(),
                plain.total());
    }

    @Test
    void matchingIsDeterministic() {
        LuceneQuestionMatcher again = LuceneQuestionMatcher.build(
                topics, Path.of("kiosk-config/synonyms.txt"), "Please ask at the front desk.");
        for (String set : SETS) {
            for (Labelled item : read(set + "-noisy")) {
                assertThat(again.match(item.question())).isEqualTo(matcher.match(item.question()));
            }
        }
    }

    /** What a clinic would otherwise have: a search box over the topic pages, Lucene's English defaults. */
    static final class PlainSearch {
        private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
        private final IndexSearcher searcher;

        PlainSearch(List<Topic> topics) throws IOException {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Topic topic : topics) {
                    Document document = new Document();
                    document.add(new StringField("id", topic.id(), Field.Store.YES));
                    document.add(new TextField(
                            "text",
                            topic.title() + "\n" + topic.summary() + "\n" + String.join("\n", topic.bodyUnits()),
                            Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        }

        /** The best topic's id, or "none" when nothing matches (it never recognises a command). */
        String best(String question) {
            try {
                Query query = new QueryBuilder(analyzer).createBooleanQuery("text", question);
                if (query == null) {
                    return "none";
                }
                TopDocs top = searcher.search(query, 1);
                return top.scoreDocs.length == 0
                        ? "none"
                        : searcher.storedFields().document(top.scoreDocs[0].doc).get("id");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
