package org.clinic.kiosk.voice.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.clinic.kiosk.voice.match.MatchResult.Alternative;
import org.clinic.kiosk.voice.match.MatchResult.Kind;

/**
 * The question matcher: commands by their phrases, topics by a Lucene BM25 search in memory.
 *
 * <p>Each topic is one document with four fields, weighted by how close they are to what a patient
 * asks: its example questions and title most, the summary next, the body least. Each example
 * question is also a document of its own, and a topic's score adds its closest question's. One
 * more document holds things the kiosk cannot help with (parking, appointment times, the
 * weather): when it wins, the answer is "not understood" with a reply pointing to the front desk.
 *
 * <p>Coverage is the share of the question's words found in a topic, rare words counting more,
 * a word the synonym file added to counting as found when either is. Topics are ranked by score
 * times coverage squared (a word found only in the body counting half), so the topic that
 * explains all of the question beats one that matches one word of it very well.
 *
 * <p>Confidence (0 to 1) is coverage times how clearly the best topic beats the next one
 * ({@code 0.5 + 0.5 * margin}). Below {@link #SURE} the kiosk offers a choice between the best
 * two; below {@link #UNSURE} it says it did not understand. Nothing a patient says is kept.
 */
public final class LuceneQuestionMatcher implements QuestionMatcher {

    static final String FRONT_DESK = "front-desk";
    static final String FRONT_DESK_RESOURCE = "voice/front-desk.txt";
    static final double SURE = 0.6;
    static final double UNSURE = 0.3;
    /** Topics less likely than this are not worth offering as alternatives. */
    static final double LEAST_ALTERNATIVE = 0.05;
    /** A topic suggested after "not understood" must share at least this much with the question. */
    private static final double SUGGESTION_COVERAGE = 0.5;

    /** The fields and their weights. */
    private static final Map<String, Float> FIELDS = fieldWeights();
    /** Weight of words the synonym file added, relative to the patient's own words. */
    private static final float ADDED_WORD_WEIGHT = 0.8f;

    /**
     * Only the first words of a question are used: no patient asks in more, and each searched term
     * adds clauses to the query (Lucene refuses more than {@link IndexSearcher#getMaxClauseCount()}).
     */
    static final int MAX_WORDS = 60;
    /** At most this many distinct terms (words and what the synonym file added for them) are searched. */
    static final int MAX_TERMS = 150;

    private static final int CANDIDATES = 8;
    private static final int QUESTION_HITS = 40;
    /** Weight of the single closest example question, on top of the topic's own score. */
    private static final double QUESTION_WEIGHT = 1.0;
    /** Weight in coverage of a word no topic uses (most other words weigh 1 to 3.5). */
    private static final double UNKNOWN_WORD_WEIGHT = 1.0;
    /** A word found only deep in a topic's body covers the question less than one in its title or questions. */
    private static final double BODY_COVERAGE = 0.5;
    /** How strongly covering all of the question counts against a high score for part of it. */
    private static final double COVERAGE_POWER = 2.0;

    private final KioskAnalyzer analyzer = KioskAnalyzer.forSearch();
    private final IndexSearcher searcher;
    /** Every example question as a document of its own: the closest one says most about what is meant. */
    private final IndexSearcher questionSearcher;

    private final List<String> questionIds = new ArrayList<>();
    private final List<String> questionTexts = new ArrayList<>();
    private final List<String> docIds = new ArrayList<>();
    /** Per document, per field: the terms it holds. */
    private final List<Map<String, Set<String>>> docTerms = new ArrayList<>();

    private final Map<String, Integer> docFreq = new HashMap<>();
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final List<String> defaultSuggestions;
    private final SynonymFile synonyms;
    private final CommandPhrases commands;
    private final String frontDeskReply;
    private final org.clinic.kiosk.voice.recognition.Vocabulary vocabulary;

    private LuceneQuestionMatcher(
            List<Topic> topicList,
            SynonymFile synonyms,
            CommandPhrases commands,
            List<String> frontDeskQuestions,
            String frontDeskMessage) {
        this.synonyms = synonyms;
        this.commands = commands;
        this.frontDeskReply = "I cannot help with that here. " + frontDeskMessage;
        this.vocabulary = vocabulary(topicList, synonyms, commands, frontDeskQuestions);
        topicList.forEach(t -> topics.put(t.id(), t));
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
            // the front desk's questions go in every field, so they compete with a topic on equal terms
            Map<String, List<String>> frontDesk = new LinkedHashMap<>();
            FIELDS.keySet().forEach(field -> frontDesk.put(field, frontDeskQuestions));
            add(writer, FRONT_DESK, frontDesk);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.leaves().size() != 1 || reader.maxDoc() != docIds.size()) {
                throw new IllegalStateException("The topic index must be one segment in the order it was written");
            }
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            questionSearcher = questionIndex(topicList, frontDeskQuestions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the question index in memory", e);
        }
        defaultSuggestions = defaultSuggestions(topicList);
    }

    /**
     * Builds the matcher over the topics in service.
     *
     * @param frontDeskMessage the clinic's sentence pointing to the front desk, said after
     *                         "I cannot help with that here."
     */
    public static LuceneQuestionMatcher build(
            List<Topic> topics, java.nio.file.Path synonymFile, String frontDeskMessage) {
        return build(topics, SynonymFile.read(synonymFile), frontDeskMessage);
    }

    static LuceneQuestionMatcher build(List<Topic> topics, SynonymFile synonyms, String frontDeskMessage) {
        return new LuceneQuestionMatcher(
                topics, synonyms, CommandPhrases.builtIn(), frontDeskQuestions(), frontDeskMessage);
    }

    /**
     * The recognizer's grammar: topic titles, summaries and example questions, the front desk's
     * questions, every synonym-file and command phrase, the small polite words, and
     * {@link org.clinic.kiosk.voice.recognition.Transcript#UNKNOWN}; lower case, each once.
     */
    private static org.clinic.kiosk.voice.recognition.Vocabulary vocabulary(
            List<Topic> topicList, SynonymFile synonyms, CommandPhrases commands, List<String> frontDeskQuestions) {
        Set<String> phrases = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        for (Topic topic : topicList) {
            texts.add(topic.title());
            texts.add(topic.summary());
            texts.addAll(topic.questions());
        }
        texts.addAll(frontDeskQuestions);
        texts.addAll(synonyms.phrases());
        texts.addAll(commands.phrases());
        texts.addAll(CommandPhrases.POLITE.stream().sorted().toList());
        for (String text : texts) {
            List<String> words = SpokenText.words(text);
            if (!words.isEmpty()) {
                phrases.add(String.join(" ", words));
            }
        }
        phrases.add(org.clinic.kiosk.voice.recognition.Transcript.UNKNOWN);
        return new org.clinic.kiosk.voice.recognition.Vocabulary(List.copyOf(phrases));
    }

    @Override
    public org.clinic.kiosk.voice.recognition.Vocabulary vocabulary() {
        return vocabulary;
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
                List<String> words = SpokenText.words(value);
                words.forEach(analyzer::learn);
                String text = String.join(" ", words);
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

    private IndexSearcher questionIndex(List<Topic> topicList, List<String> frontDeskQuestions) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Topic topic : topicList) {
                for (String question : topic.questions()) {
                    addQuestion(writer, topic.id(), question);
                }
            }
            for (String question : frontDeskQuestions) {
                addQuestion(writer, FRONT_DESK, question);
            }
            writer.commit();
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        if (reader.leaves().size() != 1 || reader.maxDoc() != questionIds.size()) {
            throw new IllegalStateException("The question index must be one segment in the order it was written");
        }
        IndexSearcher questions = new IndexSearcher(reader);
        questions.setSimilarity(new BM25Similarity());
        return questions;
    }

    private void addQuestion(IndexWriter writer, String id, String question) throws IOException {
        Document document = new Document();
        document.add(new TextField("question", String.join(" ", SpokenText.words(question)), Field.Store.NO));
        writer.addDocument(document);
        questionIds.add(id);
        questionTexts.add(question);
    }

    private static List<String> frontDeskQuestions() {
        try (InputStream in = LuceneQuestionMatcher.class.getClassLoader().getResourceAsStream(FRONT_DESK_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in resource " + FRONT_DESK_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FRONT_DESK_RESOURCE, e);
        }
    }

    /** The first example question of the first topic in each of the first three categories. */
    private static List<String> defaultSuggestions(List<Topic> topics) {
        Map<Object, String> firstPerCategory = new LinkedHashMap<>();
        for (Topic topic : topics) {
            if (!topic.questions().isEmpty()) {
                firstPerCategory.putIfAbsent(topic.category(), topic.questions().getFirst());
            }
        }
        return firstPerCategory.values().stream().limit(3).toList();
    }

    @Override
    public MatchResult match(String question) {
        return analyse(question).result();
    }

    @Override
    public MatchExplanation explain(String question) {
        Analysis analysis = analyse(question);
        List<MatchExplanation.Candidate> candidates = analysis.candidates().stream()
                .map(c -> new MatchExplanation.Candidate(c.id(), c.score(), c.coverage(), matchesIn(c, analysis)))
                .toList();
        return new MatchExplanation(
                analysis.result(),
                String.join(" ", analysis.words()),
                analysis.rewrites(),
                analysis.terms(),
                candidates);
    }

    @Override
    public List<String> problems() {
        return synonyms.problems();
    }

    /** Number of usable rules in the synonym file. */
    public int synonymRules() {
        return synonyms.size();
    }

    private List<String> matchesIn(Candidate candidate, Analysis analysis) {
        List<String> matches = new ArrayList<>();
        if (candidate.closestQuestion() != null) {
            matches.add("closest example question: \"" + candidate.closestQuestion() + "\"");
        }
        for (Map.Entry<String, Set<String>> field :
                docTerms.get(candidate.doc()).entrySet()) {
            List<String> found =
                    analysis.terms().stream().filter(field.getValue()::contains).toList();
            if (!found.isEmpty()) {
                matches.add(field.getKey() + ": " + String.join(", ", found));
            }
        }
        return matches;
    }

    /** One group of terms that stand for one word of the question (the word and what rules added for it). */
    private record Concept(Set<String> terms, double weight) {}

    private record Candidate(int doc, String id, double score, double coverage, String closestQuestion) {}

    private record Analysis(
            List<String> words,
            List<String> rewrites,
            List<String> terms,
            List<Candidate> candidates,
            MatchResult result) {}

    private Analysis analyse(String question) {
        List<String> words = SpokenText.words(question);
        SynonymFile.Expansion expansion = synonyms.apply(words.subList(0, Math.min(MAX_WORDS, words.size())));
        Optional<Command> command = commands.find(expansion.words());
        if (command.isPresent()) {
            return new Analysis(
                    expansion.words(),
                    List.of(),
                    List.of(),
                    List.of(),
                    new MatchResult.CommandMatch(command.get(), 1.0));
        }
        List<Concept> concepts = concepts(expansion);
        Set<String> original = new LinkedHashSet<>();
        Set<String> allTerms = new LinkedHashSet<>();
        for (int i = 0; i < expansion.words().size(); i++) {
            String term = analyzer.term(expansion.words().get(i));
            if (term != null) {
                original.add(term);
            }
        }
        // each term is FIELDS.size() clauses in the topic query: stay well inside Lucene's limit
        int maxTerms = Math.min(MAX_TERMS, IndexSearcher.getMaxClauseCount() / FIELDS.size());
        for (Concept concept : concepts) {
            for (String term : concept.terms()) {
                if (allTerms.size() < maxTerms) {
                    allTerms.add(term);
                }
            }
        }
        List<Candidate> candidates = search(concepts, original, allTerms);
        return new Analysis(
                expansion.words(), expansion.rewrites(), List.copyOf(allTerms), candidates, decide(candidates));
    }

    private List<Concept> concepts(SynonymFile.Expansion expansion) {
        Map<Set<String>, Concept> concepts = new LinkedHashMap<>();
        for (int i = 0; i < expansion.words().size(); i++) {
            Set<String> terms = new LinkedHashSet<>();
            String term = analyzer.term(expansion.words().get(i));
            if (term != null) {
                terms.add(term);
            }
            for (String added : expansion.addedAt().get(i)) {
                terms.addAll(analyzer.terms(added));
            }
            if (!terms.isEmpty()) {
                double weight = terms.stream().mapToDouble(this::idf).max().orElse(0);
                concepts.putIfAbsent(terms, new Concept(terms, weight));
            }
        }
        return List.copyOf(concepts.values());
    }

    /** BM25's inverse document frequency over the topics; a word found nowhere counts as the rarest. */
    private double idf(String term) {
        int n = docFreq.getOrDefault(term, 0);
        if (n == 0) {
            // a word no topic uses says little about which topic is meant ("said", "even"); the
            // front-desk document is what catches questions about other things
            return UNKNOWN_WORD_WEIGHT;
        }
        int count = docIds.size();
        return Math.log(1 + (count - n + 0.5) / (n + 0.5));
    }

    private List<Candidate> search(List<Concept> concepts, Set<String> original, Set<String> allTerms) {
        if (allTerms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        BooleanQuery.Builder questionQuery = new BooleanQuery.Builder();
        for (String term : allTerms) {
            float wordWeight = original.contains(term) ? 1f : ADDED_WORD_WEIGHT;
            for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
                query.add(
                        new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue() * wordWeight),
                        BooleanClause.Occur.SHOULD);
            }
            questionQuery.add(
                    new BoostQuery(new TermQuery(new Term("question", term)), wordWeight), BooleanClause.Occur.SHOULD);
        }
        double total = concepts.stream().mapToDouble(Concept::weight).sum();
        try {
            Map<String, ScoreDoc> closestQuestion = new HashMap<>();
            for (ScoreDoc hit : questionSearcher.search(questionQuery.build(), QUESTION_HITS).scoreDocs) {
                closestQuestion.putIfAbsent(questionIds.get(hit.doc), hit);
            }
            TopDocs top = searcher.search(query.build(), docIds.size());
            List<Candidate> candidates = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                String id = docIds.get(hit.doc);
                Map<String, Set<String>> held = docTerms.get(hit.doc);
                double rankCoverage = total == 0
                        ? 0
                        : concepts.stream()
                                        .mapToDouble(c -> c.weight() * found(c, held))
                                        .sum()
                                / total;
                double coverage = total == 0
                        ? 0
                        : concepts.stream()
                                        .mapToDouble(c -> c.weight() * Math.ceil(found(c, held)))
                                        .sum()
                                / total;
                ScoreDoc question = closestQuestion.get(id);
                double score = hit.score + (question == null ? 0 : QUESTION_WEIGHT * question.score);
                candidates.add(new Candidate(
                        hit.doc,
                        id,
                        score * Math.pow(rankCoverage, COVERAGE_POWER),
                        coverage,
                        question == null ? null : questionTexts.get(question.doc)));
            }
            // the best topic explains all of the question, not one word of it very well; ties keep index order
            candidates.sort(
                    java.util.Comparator.comparingDouble(Candidate::score).reversed());
            return List.copyOf(candidates.subList(0, Math.min(CANDIDATES, candidates.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the question index in memory", e);
        }
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

    private MatchResult decide(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return notUnderstood(false, List.of(), List.of());
        }
        Candidate best = candidates.getFirst();
        double margin =
                candidates.size() < 2 ? 1 : (best.score() - candidates.get(1).score()) / best.score();
        double confidence = round(best.coverage() * (0.5 + 0.5 * margin));
        List<Alternative> others = new ArrayList<>();
        for (Candidate other : candidates.subList(1, candidates.size())) {
            double otherConfidence = round(other.coverage() * 0.5 * other.score() / best.score());
            if (!other.id().equals(FRONT_DESK) && others.size() < 3 && otherConfidence >= LEAST_ALTERNATIVE) {
                others.add(new Alternative(Kind.TOPIC, other.id(), otherConfidence));
            }
        }
        if (best.id().equals(FRONT_DESK)) {
            return notUnderstood(confidence >= UNSURE, others, candidates);
        }
        if (confidence >= SURE) {
            return new MatchResult.TopicMatch(best.id(), confidence, others);
        }
        if (confidence >= UNSURE) {
            Alternative first = new Alternative(Kind.TOPIC, best.id(), confidence);
            if (others.isEmpty()) {
                return new MatchResult.TopicMatch(best.id(), confidence, others);
            }
            return new MatchResult.TopicChoice(first, others.getFirst(), others.subList(1, others.size()));
        }
        List<Alternative> close = new ArrayList<>();
        if (confidence >= LEAST_ALTERNATIVE) {
            close.add(new Alternative(Kind.TOPIC, best.id(), confidence));
        }
        close.addAll(others);
        return notUnderstood(false, close.subList(0, Math.min(3, close.size())), candidates);
    }

    private MatchResult notUnderstood(boolean frontDesk, List<Alternative> alternatives, List<Candidate> candidates) {
        List<String> suggestions = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Topic topic = topics.get(candidate.id());
            if (topic != null
                    && candidate.coverage() >= SUGGESTION_COVERAGE
                    && !topic.questions().isEmpty()
                    && suggestions.size() < 3) {
                suggestions.add(topic.questions().getFirst());
            }
        }
        for (String suggestion : defaultSuggestions) {
            if (suggestions.size() < 3 && !suggestions.contains(suggestion)) {
                suggestions.add(suggestion);
            }
        }
        String reply = frontDesk
                ? frontDeskReply
                : "Sorry, I did not understand that. You could ask one of these questions, or tap a topic on the screen.";
        return new MatchResult.NotUnderstood(reply, suggestions, frontDesk, alternatives);
    }

    private static double round(double value) {
        return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000.0;
    }
}
