package org.clinic.kiosk.voice.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * The question matcher: commands by their phrases ({@link CommandPhrases}), topics by a Lucene
 * BM25 search in memory ({@link TopicIndex}), the answer by {@link MatchDecision}. The question's
 * words are cleaned up ({@link SpokenText}) and widened by the clinic's synonym file first.
 * Nothing a patient says is kept.
 */
public final class LuceneQuestionMatcher implements QuestionMatcher {

    static final String FRONT_DESK_RESOURCE = "voice/front-desk.txt";

    /**
     * Only the first words of a question are used: no patient asks in more, and each searched term
     * adds clauses to the query (Lucene refuses more than {@link IndexSearcher#getMaxClauseCount()}).
     */
    static final int MAX_WORDS = 60;
    /** At most this many distinct terms (words and what the synonym file added for them) are searched. */
    static final int MAX_TERMS = 150;

    private final KioskAnalyzer analyzer = KioskAnalyzer.forSearch();
    private final TopicIndex index;
    private final MatchDecision decision;
    private final SynonymFile synonyms;
    private final CommandPhrases commands;
    private final Vocabulary vocabulary;

    private LuceneQuestionMatcher(
            List<Topic> topicList,
            SynonymFile synonyms,
            CommandPhrases commands,
            List<String> frontDeskQuestions,
            String frontDeskMessage) {
        this.synonyms = synonyms;
        this.commands = commands;
        this.vocabulary = RecognizerVocabulary.of(topicList, synonyms, commands, frontDeskQuestions);
        this.index = new TopicIndex(analyzer, topicList, frontDeskQuestions);
        this.decision = new MatchDecision(topicList, frontDeskMessage);
    }

    /**
     * Builds the matcher over the topics in service, with the built-in lay words and the clinic's
     * synonym file (when there is one) on top.
     *
     * @param frontDeskMessage the clinic's sentence pointing to the front desk, said after
     *                         "I cannot help with that here."
     */
    public static LuceneQuestionMatcher build(List<Topic> topics, Path synonymFile, String frontDeskMessage) {
        return build(topics, SynonymFile.builtInWith(synonymFile), frontDeskMessage);
    }

    static LuceneQuestionMatcher build(List<Topic> topics, SynonymFile synonyms, String frontDeskMessage) {
        return new LuceneQuestionMatcher(
                topics, synonyms, CommandPhrases.builtIn(), frontDeskQuestions(), frontDeskMessage);
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

    @Override
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public MatchResult match(String question) {
        return analyse(question).result();
    }

    @Override
    public MatchExplanation explain(String question) {
        Analysis analysis = analyse(question);
        List<MatchExplanation.Candidate> candidates = analysis.candidates().stream()
                .map(c -> new MatchExplanation.Candidate(
                        c.id(), c.score(), c.coverage(), index.matchesIn(c, analysis.terms())))
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

    private record Analysis(
            List<String> words,
            List<String> rewrites,
            List<String> terms,
            List<TopicIndex.Candidate> candidates,
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
        List<TopicIndex.Concept> concepts = concepts(expansion);
        Set<String> original = new LinkedHashSet<>();
        Set<String> allTerms = new LinkedHashSet<>();
        for (int i = 0; i < expansion.words().size(); i++) {
            String term = analyzer.term(expansion.words().get(i));
            if (term != null) {
                original.add(term);
            }
        }
        // each term is one clause per field in the topic query: stay well inside Lucene's limit
        int maxTerms = Math.min(MAX_TERMS, IndexSearcher.getMaxClauseCount() / TopicIndex.FIELDS.size());
        for (TopicIndex.Concept concept : concepts) {
            for (String term : concept.terms()) {
                if (allTerms.size() < maxTerms) {
                    allTerms.add(term);
                }
            }
        }
        List<TopicIndex.Candidate> candidates = index.search(concepts, original, allTerms);
        return new Analysis(
                expansion.words(),
                expansion.rewrites(),
                List.copyOf(allTerms),
                candidates,
                decision.decide(candidates));
    }

    private List<TopicIndex.Concept> concepts(SynonymFile.Expansion expansion) {
        Map<Set<String>, TopicIndex.Concept> concepts = new LinkedHashMap<>();
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
                double weight = terms.stream().mapToDouble(index::idf).max().orElse(0);
                concepts.putIfAbsent(terms, new TopicIndex.Concept(terms, weight));
            }
        }
        return List.copyOf(concepts.values());
    }
}
