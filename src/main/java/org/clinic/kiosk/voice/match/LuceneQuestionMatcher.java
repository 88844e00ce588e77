package org.clinic.kiosk.voice.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The question matcher: commands by their phrases ({@link CommandPhrases}), topics by a Lucene
 * BM25 search in memory ({@link TopicIndex}), with a paraphrase vote beside it when on
 * ({@link ParaphraseVote}), the answer by {@link MatchDecision}. The question's words are cleaned up
 * ({@link SpokenText}) and widened by the clinic's synonym file first. Nothing a patient says is kept.
 */
public final class LuceneQuestionMatcher implements QuestionMatcher {

    static final String FRONT_DESK_RESOURCE = "voice/front-desk.txt";

    private static final Logger LOG = LoggerFactory.getLogger(LuceneQuestionMatcher.class);

    /**
     * Only the first words of a question are used: no patient asks in more, and each searched term
     * adds clauses to the query (Lucene refuses more than {@link IndexSearcher#getMaxClauseCount()}).
     */
    static final int MAX_WORDS = 60;
    /** At most this many distinct terms (words and what the synonym file added for them) are searched. */
    static final int MAX_TERMS = 150;
    /** At most this many of the recognizer's alternatives are matched. */
    static final int MAX_ALTERNATIVES = 5;
    /** The reason given when what was heard looks like noise rather than a question. */
    private static final String NOISE_DECLINE = "declined: heard as noise: ";

    private static final Set<String> QUESTION_WORDS = Set.of("why", "what", "how", "when", "where", "who", "which");

    /** Weight of a known word that sounds like one no topic uses, relative to the patient's own words. */
    static final float SOUND_ALIKE_WEIGHT = 0.5f;

    static final String OFF_TOPIC_RESOURCE = "voice/off-topic.txt";

    private final KioskAnalyzer analyzer = KioskAnalyzer.forSearch();
    private final TopicIndex index;
    private final MatchDecision decision;
    private final SynonymFile synonyms;
    private final CommandPhrases commands;
    private final Vocabulary vocabulary;
    private final SoundAlike soundAlike;
    /** The words of the topics' titles: a one-word question must be one of them (or a lay word for one). */
    private final Set<String> titleTerms;
    /** The paraphrase vote, when on. */
    private final Optional<ParaphraseVote> paraphrases;

    private LuceneQuestionMatcher(
            List<Topic> topicList,
            SynonymFile synonyms,
            CommandPhrases commands,
            List<String> frontDeskQuestions,
            String frontDeskMessage,
            boolean paraphrases) {
        this.synonyms = synonyms;
        this.commands = commands;
        this.vocabulary = RecognizerVocabulary.of(topicList, synonyms, commands, frontDeskQuestions);
        Map<String, List<String>> declines = new LinkedHashMap<>();
        declines.put(TopicIndex.FRONT_DESK, frontDeskQuestions);
        declines.put(TopicIndex.OFF_TOPIC, lines(OFF_TOPIC_RESOURCE));
        this.index = new TopicIndex(analyzer, topicList, declines);
        this.paraphrases = paraphrases ? paraphraseVote(topicList, declines) : Optional.empty();
        // sound-alikes are words the search can find: the topics' own
        this.soundAlike = new SoundAlike(index.words().stream()
                .filter(word -> {
                    String term = analyzer.term(word);
                    return term != null && index.knows(term);
                })
                .toList());
        this.decision = new MatchDecision(topicList, frontDeskMessage);
        Set<String> titles = new LinkedHashSet<>();
        for (Topic topic : topicList) {
            titles.addAll(analyzer.terms(String.join(" ", SpokenText.words(topic.title()))));
        }
        this.titleTerms = Set.copyOf(titles);
    }

    /**
     * Builds the matcher over the topics in service, with the built-in lay words and the clinic's
     * synonym file (when there is one) on top, and the paraphrase vote.
     *
     * @param frontDeskMessage the clinic's sentence pointing to the front desk, said after
     *                         "I cannot help with that here."
     */
    public static LuceneQuestionMatcher build(List<Topic> topics, Path synonymFile, String frontDeskMessage) {
        return build(topics, synonymFile, frontDeskMessage, true);
    }

    /**
     * The same, with the paraphrase vote on or off ({@code kiosk.matcher.paraphrases}); it loads a
     * sentence model (once per process) and embeds the topics' sentences: about 2 to 3 s and 50 MB more.
     */
    public static LuceneQuestionMatcher build(
            List<Topic> topics, Path synonymFile, String frontDeskMessage, boolean paraphrases) {
        return build(topics, SynonymFile.builtInWith(synonymFile), frontDeskMessage, paraphrases);
    }

    static LuceneQuestionMatcher build(
            List<Topic> topics, SynonymFile synonyms, String frontDeskMessage, boolean paraphrases) {
        return new LuceneQuestionMatcher(
                topics, synonyms, CommandPhrases.builtIn(), lines(FRONT_DESK_RESOURCE), frontDeskMessage, paraphrases);
    }

    /**
     * The paraphrase vote over the topics' sentences, or none when its model cannot run here (a
     * missing native library, say): the kiosk then answers by the word search alone and says so.
     */
    private static Optional<ParaphraseVote> paraphraseVote(List<Topic> topics, Map<String, List<String>> declines) {
        try {
            return Optional.of(
                    new ParaphraseVote(ParaphraseVote.sentences(topics, declines, lines(ParaphraseVote.RESOURCE))));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("The paraphrase vote is off: its sentence model could not start ({})", e.toString());
            return Optional.empty();
        }
    }

    /** Whether the paraphrase vote is on. */
    public boolean paraphrasesOn() {
        return paraphrases.isPresent();
    }

    /** The lines of a built-in resource, without blank lines and comments. */
    private static List<String> lines(String resource) {
        try (InputStream in = LuceneQuestionMatcher.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    @Override
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public MatchResult match(String question) {
        return match(List.of(question));
    }

    @Override
    public MatchResult match(List<String> alternatives) {
        return combine(alternatives).decision().result();
    }

    @Override
    public MatchExplanation explain(String question) {
        return explain(List.of(question));
    }

    @Override
    public MatchExplanation explain(List<String> alternatives) {
        Combined combined = combine(alternatives);
        Analysis first = combined.analyses().getFirst();
        List<MatchExplanation.Candidate> candidates = combined.candidates().stream()
                .map(c -> new MatchExplanation.Candidate(
                        c.id(), c.score(), c.coverage(), index.matchesIn(c, first.terms())))
                .toList();
        return new MatchExplanation(
                combined.decision().result(),
                String.join(" ", first.words()),
                first.rewrites(),
                first.terms(),
                candidates,
                combined.analyses().stream()
                        .map(a -> String.join(" ", a.words()))
                        .toList(),
                combined.analyses().stream()
                        .flatMap(a -> a.soundAlikes().stream())
                        .distinct()
                        .toList(),
                combined.votes().ranked().stream()
                        .limit(3)
                        .map(v -> new MatchExplanation.Paraphrase(v.id(), v.closest(), v.cosine()))
                        .toList(),
                combined.decision().reason());
    }

    @Override
    public List<String> problems() {
        return synonyms.problems();
    }

    /** Number of usable rules in the synonym file. */
    public int synonymRules() {
        return synonyms.size();
    }

    /** What one transcript came to. */
    private record Analysis(
            List<String> words,
            List<String> rewrites,
            List<String> terms,
            List<String> soundAlikes,
            List<TopicIndex.Candidate> candidates,
            MatchDecision.Decision decision) {}

    /** What all the alternatives heard came to together, and the paraphrase vote on the first. */
    private record Combined(
            List<Analysis> analyses,
            List<TopicIndex.Candidate> candidates,
            MatchDecision.Decision decision,
            ParaphraseVote.Votes votes) {

        Combined(List<Analysis> analyses, List<TopicIndex.Candidate> candidates, MatchDecision.Decision decision) {
            this(analyses, candidates, decision, ParaphraseVote.Votes.NONE);
        }
    }

    /**
     * The search's answer, with the paraphrase vote's say (when on) on the best transcript: not on a
     * command, nor on what looks like noise. Only the best transcript is embedded, to keep each
     * question quick.
     */
    private Combined combine(List<String> heard) {
        Combined searched = search(heard);
        Analysis first = searched.analyses().getFirst();
        if (paraphrases.isEmpty()
                || searched.decision().result() instanceof MatchResult.CommandMatch
                || first.decision().reason().startsWith(NOISE_DECLINE)) {
            return searched;
        }
        ParaphraseVote.Votes votes = paraphrases.get().vote(String.join(" ", first.words()));
        return new Combined(
                searched.analyses(),
                searched.candidates(),
                decision.withVote(
                        searched.decision(),
                        searched.candidates(),
                        votes,
                        searched.analyses().size() == 1),
                votes);
    }

    /**
     * Matches each alternative and combines the answers. The best transcript decides a command; a
     * command heard only in later alternatives counts when more than half of them agree on it.
     * Topics add up over the alternatives, each weighing less than the one before, so words heard
     * the same way in most alternatives count most.
     */
    private Combined search(List<String> heard) {
        List<String> distinct = heard.stream()
                .filter(text -> text != null && !text.isBlank())
                .distinct()
                .limit(MAX_ALTERNATIVES)
                .toList();
        List<Analysis> analyses = (distinct.isEmpty() ? List.of("") : distinct)
                .stream().map(this::analyse).toList();
        Analysis first = analyses.getFirst();
        if (analyses.size() == 1 || first.decision().result() instanceof MatchResult.CommandMatch) {
            return new Combined(analyses, first.candidates(), first.decision());
        }
        Map<Command, Integer> commandVotes = new LinkedHashMap<>();
        for (Analysis analysis : analyses) {
            if (analysis.decision().result() instanceof MatchResult.CommandMatch command) {
                commandVotes.merge(command.command(), 1, Integer::sum);
            }
        }
        for (Map.Entry<Command, Integer> vote : commandVotes.entrySet()) {
            if (vote.getValue() * 2 > analyses.size()) {
                return new Combined(
                        analyses,
                        List.of(),
                        new MatchDecision.Decision(
                                new MatchResult.CommandMatch(vote.getKey(), 1.0),
                                "command: " + vote.getValue() + " of the " + analyses.size()
                                        + " alternatives heard are the whole phrase of \""
                                        + vote.getKey().id()
                                        + "\""));
            }
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, TopicIndex.Candidate> firstSeen = new LinkedHashMap<>();
        double total = 0;
        for (int i = 0; i < analyses.size(); i++) {
            double weight = 1.0 / (i + 1);
            total += weight;
            for (TopicIndex.Candidate candidate : analyses.get(i).candidates()) {
                double[] sum = sums.computeIfAbsent(candidate.id(), id -> new double[2]);
                sum[0] += weight * candidate.score();
                sum[1] += weight * candidate.coverage();
                firstSeen.putIfAbsent(candidate.id(), candidate);
            }
        }
        List<TopicIndex.Candidate> merged = new ArrayList<>();
        for (Map.Entry<String, double[]> sum : sums.entrySet()) {
            TopicIndex.Candidate seen = firstSeen.get(sum.getKey());
            merged.add(new TopicIndex.Candidate(
                    seen.doc(),
                    seen.id(),
                    sum.getValue()[0] / total,
                    sum.getValue()[1] / total,
                    seen.closestQuestion()));
        }
        merged.sort(Comparator.comparingDouble(TopicIndex.Candidate::score).reversed());
        List<TopicIndex.Candidate> best = List.copyOf(merged.subList(0, Math.min(8, merged.size())));
        MatchDecision.Decision verdict = decision.decide(best);
        if (first.decision().reason().startsWith(NOISE_DECLINE)) {
            // the best transcript looks like noise: what the others add up to does not change that
            verdict = first.decision();
        }
        return new Combined(
                analyses,
                best,
                new MatchDecision.Decision(
                        verdict.result(), verdict.reason() + " (over " + analyses.size() + " alternatives heard)"));
    }

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
                    List.of(),
                    new MatchDecision.Decision(
                            new MatchResult.CommandMatch(command.get(), 1.0),
                            "command: the whole utterance is made of phrases of \""
                                    + command.get().id() + "\""));
        }
        // each term is one clause per field in the topic query: stay well inside Lucene's limit
        int maxTerms = Math.min(MAX_TERMS, IndexSearcher.getMaxClauseCount() / TopicIndex.FIELDS.size());
        Map<String, Float> weights = new LinkedHashMap<>();
        Map<Set<String>, TopicIndex.Concept> concepts = new LinkedHashMap<>();
        List<String> soundAlikes = new ArrayList<>();
        boolean grounded = false;
        for (int i = 0; i < expansion.words().size(); i++) {
            String word = expansion.words().get(i);
            String term = analyzer.term(word);
            Set<String> terms = new LinkedHashSet<>();
            if (term != null) {
                terms.add(term);
                putWeight(weights, term, 1f, maxTerms);
            }
            for (String added : expansion.addedAt().get(i)) {
                for (String addedTerm : analyzer.terms(added)) {
                    terms.add(addedTerm);
                    putWeight(weights, addedTerm, TopicIndex.ADDED_WORD_WEIGHT, maxTerms);
                }
            }
            if (terms.isEmpty()) {
                continue;
            }
            grounded |= (term != null && index.knows(term))
                    || !expansion.addedAt().get(i).isEmpty();
            double weight = terms.stream().mapToDouble(index::idf).max().orElse(0);
            boolean guessed = false;
            if (terms.size() == 1 && !index.knows(term)) {
                Optional<SoundAlike.Match> alike = soundAlike.closest(word);
                String known = alike.map(m -> analyzer.term(m.known())).orElse(null);
                if (known != null && index.knows(known)) {
                    terms.add(known);
                    putWeight(weights, known, SOUND_ALIKE_WEIGHT, maxTerms);
                    soundAlikes.add(
                            "\"" + word + "\" sounds like \"" + alike.get().known() + "\"");
                }
            }
            concepts.putIfAbsent(terms, new TopicIndex.Concept(terms, weight, guessed));
        }
        List<TopicIndex.Candidate> candidates = index.search(List.copyOf(concepts.values()), weights);
        MatchDecision.Decision decided = decision.decide(candidates);
        if (!grounded && !soundAlikes.isEmpty()) {
            // a recognizer hearing noise or another language comes up with words that only sound like ours
            decided = new MatchDecision.Decision(
                    decision.notUnderstood(false, List.of(), candidates),
                    NOISE_DECLINE + "no word heard is one the topics use, only words that sound like them");
        } else if (expansion.words().size() == 1
                && (QUESTION_WORDS.contains(expansion.words().getFirst())
                        || (expansion.addedAt().getFirst().isEmpty()
                                && !namesATopic(expansion.words().getFirst())))
                && !(decided.result() instanceof MatchResult.NotUnderstood)) {
            // one word heard alone (often out of noise) opens a topic only when it names one
            decided = new MatchDecision.Decision(
                    decision.notUnderstood(false, List.of(), candidates),
                    NOISE_DECLINE + "one word alone that names no topic");
        }
        return new Analysis(
                expansion.words(),
                expansion.rewrites(),
                List.copyOf(weights.keySet()),
                soundAlikes,
                candidates,
                decided);
    }

    /** Whether a word alone names a topic: it is a word of a topic's title. */
    private boolean namesATopic(String word) {
        String term = analyzer.term(word);
        return term != null && titleTerms.contains(term);
    }

    private static void putWeight(Map<String, Float> weights, String term, float weight, int maxTerms) {
        if (weights.size() < maxTerms || weights.containsKey(term)) {
            weights.merge(term, weight, Math::max);
        }
    }
}
