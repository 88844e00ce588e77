package org.clinic.kiosk.voice.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.clinic.kiosk.topic.Topic;

/**
 * What one transcript comes to on its own: its words cleaned up ({@link SpokenText}) and widened by
 * the synonym file, a command when the whole of it is a command's phrases ({@link CommandPhrases}),
 * else the search terms (with a sound-alike for a word no topic uses), the ranked topics
 * ({@link TopicIndex}) and the search's decision ({@link MatchDecision}), declined as noise when it
 * looks like noise rather than a question.
 */
final class QuestionAnalyser {

    /**
     * Only the first words of a question are used: no patient asks in more, and each searched term
     * adds clauses to the query (Lucene refuses more than {@link IndexSearcher#getMaxClauseCount()}).
     */
    static final int MAX_WORDS = 60;
    /** At most this many distinct terms (words and what the synonym file added for them) are searched. */
    static final int MAX_TERMS = 150;
    /** Weight of a known word that sounds like one no topic uses, relative to the patient's own words. */
    static final float SOUND_ALIKE_WEIGHT = 0.5f;
    /** The reason given when what was heard looks like noise rather than a question. */
    private static final String NOISE_DECLINE = "declined: heard as noise: ";

    private static final Set<String> QUESTION_WORDS = Set.of("why", "what", "how", "when", "where", "who", "which");

    private final KioskAnalyzer analyzer;
    private final TopicIndex index;
    private final MatchDecision decision;
    private final SynonymFile synonyms;
    private final CommandPhrases commands;
    private final CommandWithReason withReason;
    private final CommandInSentence inSentence;
    private final SoundAlike soundAlike;
    /** The words of the topics' titles: a one-word question must be one of them (or a lay word for one). */
    private final Set<String> titleTerms;
    /** The words of the topics' titles that are no command phrase's word ("treatment", "plan"; not "back"). */
    private final Set<String> titleOnlyTerms;

    /**
     * What one transcript came to.
     *
     * @param meaning the words with the clinic's synonym file's words for each after it, as the paraphrase
     *                vote embeds them (so that a clinic's own word for a topic counts in meaning as well; the
     *                built-in lay words are left out: appended, they cost 2 points on the development set)
     */
    record Analysis(
            List<String> words,
            List<String> meaning,
            List<String> rewrites,
            List<String> terms,
            List<String> soundAlikes,
            List<TopicIndex.Candidate> candidates,
            MatchDecision.Decision decision) {

        /** Whether it was declined as looking like noise rather than a question. */
        boolean heardAsNoise() {
            return decision.reason().startsWith(NOISE_DECLINE);
        }
    }

    QuestionAnalyser(
            KioskAnalyzer analyzer,
            TopicIndex index,
            List<Topic> topicList,
            SynonymFile synonyms,
            CommandPhrases commands,
            MatchDecision decision) {
        this.analyzer = analyzer;
        this.index = index;
        this.synonyms = synonyms;
        this.commands = commands;
        this.withReason = new CommandWithReason(commands);
        this.inSentence = new CommandInSentence(commands);
        this.decision = decision;
        // sound-alikes are words the search can find: the topics' own
        this.soundAlike = new SoundAlike(index.words().stream()
                .filter(word -> {
                    String term = analyzer.term(word);
                    return term != null && index.knows(term);
                })
                .toList());
        Set<String> titles = new LinkedHashSet<>();
        for (Topic topic : topicList) {
            titles.addAll(analyzer.terms(String.join(" ", SpokenText.words(topic.title()))));
        }
        this.titleTerms = Set.copyOf(titles);
        Set<String> titlesOnly = new LinkedHashSet<>(titles);
        commands.phrases().forEach(phrase -> titlesOnly.removeAll(analyzer.terms(phrase)));
        this.titleOnlyTerms = Set.copyOf(titlesOnly);
    }

    Analysis analyse(String question) {
        List<String> words = SpokenText.words(question);
        SynonymFile.Expansion expansion = synonyms.apply(words.subList(0, Math.min(MAX_WORDS, words.size())));
        Optional<Command> command = wholeCommand(expansion.words());
        if (command.isPresent()) {
            return new Analysis(
                    expansion.words(),
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
                withAddedWords(expansion),
                expansion.rewrites(),
                List.copyOf(weights.keySet()),
                soundAlikes,
                candidates,
                decided);
    }

    /**
     * A command said inside what was heard ({@link CommandInSentence}): a candidate, which the matcher
     * takes when the words as a whole open no topic surely. Asked only then, as it tries every run of words.
     */
    Optional<Command> commandInside(Analysis analysis) {
        return CommandWords.greeting(analysis.words())
                ? Optional.empty()
                : inSentence.within(analysis.words(), this::namesATopicOnly);
    }

    /**
     * The command these words are as a whole: its phrases alone, or with a reason or a wrong choice beside
     * them ({@link CommandWithReason}); never a greeting ("alright there") nor a command's word told as
     * doing ("speaking up").
     */
    private Optional<Command> wholeCommand(List<String> words) {
        if (CommandWords.greeting(words)) {
            return Optional.empty();
        }
        if (withReason.heardAsAyeGoOn(words)) {
            return Optional.of(Command.YES);
        }
        return commands.find(words)
                .filter(c -> !commands.toldAsDoing(words))
                .or(() -> withReason.find(words, this::topicWord));
    }

    /** Each word followed by the words the clinic's synonym file adds for it. */
    private static List<String> withAddedWords(SynonymFile.Expansion expansion) {
        List<String> meaning = new ArrayList<>();
        for (int i = 0; i < expansion.words().size(); i++) {
            meaning.add(expansion.words().get(i));
            expansion.clinicAddedAt().get(i).forEach(meaning::add);
        }
        return List.copyOf(meaning);
    }

    /** Whether a word is one the topics (or the declined questions) use. */
    private boolean topicWord(String word) {
        String term = analyzer.term(word);
        return term != null && index.knows(term);
    }

    /** Whether a word names a topic and is no command's word ("treatment", "plan"; not "back" or "make"). */
    private boolean namesATopicOnly(String word) {
        String term = analyzer.term(word);
        return term != null && titleOnlyTerms.contains(term);
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
