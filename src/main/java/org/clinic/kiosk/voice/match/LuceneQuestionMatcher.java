package org.clinic.kiosk.voice.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.voice.match.AlternativesSearch.Combined;
import org.clinic.kiosk.voice.match.QuestionAnalyser.Analysis;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The question matcher: commands by their phrases ({@link CommandPhrases}), topics by a Lucene
 * BM25 search in memory ({@link TopicIndex}), with a paraphrase vote beside it when on
 * ({@link ParaphraseVote}), the answer by {@link MatchDecision}, or by both weighed together
 * ({@link WordsAndMeaning}) when the vote is on. The question's words are cleaned up
 * ({@link SpokenText}) and widened by the clinic's synonym file first ({@link QuestionAnalyser}), and
 * the recognizer's alternatives searched together ({@link AlternativesSearch}). Nothing a patient says
 * is kept.
 */
public final class LuceneQuestionMatcher implements QuestionMatcher {

    /**
     * Embeds the best transcript while the other alternatives are searched: one thread, a daemon, so a
     * question takes at most the two cores briefly: the n-best median went 4.0, 5.2, 4.9 -> 3.2, 3.3, 3.7 ms in
     * three interleaved runs of {@code ./kiosk bench matcher} (typed questions, one transcript, are not changed).
     */
    private static final ExecutorService EARLY_VOTE = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "paraphrase-vote");
        thread.setDaemon(true);
        return thread;
    });

    /** The paraphrase vote hears this many of the recognizer's alternatives, best first. */
    static final int VOTED_ALTERNATIVES = 3;

    static final String FRONT_DESK_RESOURCE = "voice/front-desk.txt";

    private static final Logger LOG = LoggerFactory.getLogger(LuceneQuestionMatcher.class);

    static final String OFF_TOPIC_RESOURCE = "voice/off-topic.txt";

    private final TopicIndex index;
    private final WordsAndMeaning wordsAndMeaning;
    private final AlternativesSearch search;
    private final SynonymFile synonyms;
    private final Vocabulary vocabulary;
    /** The paraphrase vote, when on. */
    private final Optional<ParaphraseVote> paraphrases;

    private final SentenceCommand sentenceCommand;

    private LuceneQuestionMatcher(
            List<Topic> topicList,
            SynonymFile synonyms,
            CommandPhrases commands,
            List<String> frontDeskQuestions,
            String frontDeskMessage,
            boolean paraphrases) {
        this.synonyms = synonyms;
        Map<String, List<String>> declines = new LinkedHashMap<>();
        declines.put(TopicIndex.FRONT_DESK, frontDeskQuestions);
        declines.put(TopicIndex.OFF_TOPIC, lines(OFF_TOPIC_RESOURCE));
        // every sentence the paraphrase vote knows, per id: the recognizer's grammar holds them all too, so that
        // it can hear the words patients use, not only the topics'
        Map<String, List<String>> sentences = ParaphraseVote.sentences(
                topicList, declines, lines(ParaphraseVote.RESOURCE), lines(ParaphraseVote.COMMANDS_RESOURCE));
        this.vocabulary = RecognizerVocabulary.of(
                topicList,
                synonyms,
                commands,
                frontDeskQuestions,
                sentences.values().stream().flatMap(List::stream).toList());
        KioskAnalyzer analyzer = KioskAnalyzer.forSearch();
        this.index = new TopicIndex(analyzer, topicList, declines);
        this.paraphrases = paraphrases ? paraphraseVote(sentences) : Optional.empty();
        MatchDecision decision = new MatchDecision(topicList, frontDeskMessage);
        QuestionAnalyser analyser = new QuestionAnalyser(analyzer, index, topicList, synonyms, commands, decision);
        this.search = new AlternativesSearch(analyser, decision);
        this.wordsAndMeaning = new WordsAndMeaning(decision);
        this.sentenceCommand = new SentenceCommand(analyser, new CommandByMeaning(commands));
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
                topics,
                synonyms,
                CommandPhraseFile.builtIn(),
                lines(FRONT_DESK_RESOURCE),
                frontDeskMessage,
                paraphrases);
    }

    /**
     * The paraphrase vote over the topics' sentences, or none when its model cannot run here (a
     * missing native library, say): the kiosk then answers by the word search alone and says so.
     */
    private static Optional<ParaphraseVote> paraphraseVote(Map<String, List<String>> sentences) {
        try {
            return Optional.of(new ParaphraseVote(sentences));
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
    static List<String> lines(String resource) {
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

    /** What the paraphrase vote embeds of what was heard: the first transcripts' words, with the synonyms' added. */
    static List<String> voted(List<Analysis> analyses) {
        return analyses.stream()
                .limit(VOTED_ALTERNATIVES)
                .map(a -> String.join(" ", a.meaning()))
                .toList();
    }

    /** The same for a question, for the weights' training data ({@code FusionTrainingData}). */
    List<String> votedTexts(List<String> heard) {
        return voted(search.search(heard).analyses());
    }

    /**
     * The search's answer, weighed with the paraphrase vote on the best transcript (when on): not on a
     * command, nor on what looks like noise. Only the best transcript is embedded, to keep each
     * question quick.
     */
    private Combined combine(List<String> heard) {
        // with several alternatives, the best one's meaning is embedded beside the search over the others
        AtomicReference<CompletableFuture<ParaphraseVote.Votes>> early = new AtomicReference<>();
        Combined searched = search.search(heard, best -> {
            if (paraphrases.isPresent()
                    && heard.size() > 1
                    && !(best.decision().result() instanceof MatchResult.CommandMatch)
                    && !best.heardAsNoise()) {
                String text = voted(List.of(best)).getFirst();
                early.set(CompletableFuture.supplyAsync(() -> paraphrases.get().vote(text), EARLY_VOTE));
            }
        });
        Analysis first = searched.analyses().getFirst();
        if (searched.decision().result() instanceof MatchResult.CommandMatch || first.heardAsNoise()) {
            return searched;
        }
        if (paraphrases.isEmpty()) {
            return new Combined(
                    searched.analyses(),
                    searched.candidates(),
                    sentenceCommand.decide(searched.analyses(), searched.decision(), ParaphraseVote.Votes.NONE));
        }
        List<String> voted = voted(searched.analyses());
        // the best transcript first: only when that leaves the answer unsure are the next ones embedded too
        ParaphraseVote.Votes votes =
                early.get() != null ? early.get().join() : paraphrases.get().vote(voted.getFirst());
        MatchDecision.Decision decided = wordsAndMeaning.decide(searched.decision(), searched.candidates(), votes);
        if (voted.size() > 1 && !sure(decided.result())) {
            votes = votes.with(paraphrases.get().vote(voted.subList(1, voted.size())));
            decided = wordsAndMeaning.decide(searched.decision(), searched.candidates(), votes);
        }
        return new Combined(
                searched.analyses(),
                searched.candidates(),
                sentenceCommand.decide(searched.analyses(), decided, votes),
                votes);
    }

    /** An answer that needs no more of what was heard: a topic opened at {@link WordsAndMeaning#SURE} or more. */
    private static boolean sure(MatchResult result) {
        return result instanceof MatchResult.TopicMatch topic && topic.confidence() >= WordsAndMeaning.SURE;
    }
}
