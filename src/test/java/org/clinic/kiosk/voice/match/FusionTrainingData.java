package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.junit.jupiter.api.Test;

/**
 * Writes what {@code src/test/resources/voice/train-fusion.py} fits {@link WordsAndMeaning}'s weights
 * on: the paraphrase vote's sentences with their embeddings ({@code corpus.jsonl}), and for every
 * utterance of the tuning and spent sets (and the development set, to measure) the word search's
 * candidates and the best transcript's embedding ({@code utterances.jsonl}). Runs only when asked:
 * {@code ./mvnw -o test -Dtest=FusionTrainingData -Dmatcher.fusion-data=target/fusion}. The sealed set
 * is never written.
 */
class FusionTrainingData {

    private static final List<String> SETS = List.of(
            "tuning",
            "tuning-noisy",
            "dev",
            "dev-noisy",
            "dev-pocketsphinx",
            "spent-test",
            "spent-test-noisy",
            "spent-test-pocketsphinx",
            "spent2-test",
            "spent2-test-noisy",
            "spent2-test-pocketsphinx",
            "spent3-test",
            "spent3-test-noisy",
            "spent3-test-pocketsphinx");

    @Test
    void writeTheData() throws IOException {
        String folder = System.getProperty("matcher.fusion-data");
        assumeThat(folder).as("-Dmatcher.fusion-data=FOLDER asks for the data").isNotNull();
        Path out = Files.createDirectories(Path.of(folder));
        List<Topic> topics =
                TopicCatalog.load(Path.of("target/no-topic-overrides")).all();
        LuceneQuestionMatcher search = LuceneQuestionMatcher.build(
                topics, Path.of("kiosk-config/synonyms.txt"), "Please ask at the front desk.", false);
        SentenceModel model = SentenceModel.get();
        Map<String, List<String>> declines = new LinkedHashMap<>();
        declines.put(TopicIndex.FRONT_DESK, LuceneQuestionMatcher.lines(LuceneQuestionMatcher.FRONT_DESK_RESOURCE));
        declines.put(TopicIndex.OFF_TOPIC, LuceneQuestionMatcher.lines(LuceneQuestionMatcher.OFF_TOPIC_RESOURCE));
        try (PrintWriter corpus = new PrintWriter(out.resolve("corpus.jsonl").toFile())) {
            ParaphraseVote.sentences(topics, declines, LuceneQuestionMatcher.lines(ParaphraseVote.RESOURCE), List.of())
                    .forEach((id, sentences) -> sentences.stream().distinct().forEach(sentence -> {
                        String words = String.join(" ", SpokenText.words(sentence));
                        if (!words.isBlank()) {
                            corpus.printf(
                                    "{\"id\":\"%s\",\"text\":\"%s\",\"v\":%s}%n",
                                    id, json(sentence), vector(model.unitVector(words)));
                        }
                    }));
        }
        try (PrintWriter utterances =
                new PrintWriter(out.resolve("utterances.jsonl").toFile())) {
            for (String name : SETS) {
                for (EvaluationSet.Utterance u : EvaluationSet.read(name).utterances()) {
                    MatchExplanation searched = search.explain(u.heard());
                    StringBuilder candidates = new StringBuilder();
                    for (MatchExplanation.Candidate c : searched.candidates()) {
                        candidates
                                .append(candidates.isEmpty() ? "" : ",")
                                .append(String.format(
                                        Locale.ROOT, "[\"%s\",%.5f,%.5f]", c.id(), c.score(), c.coverage()));
                    }
                    StringBuilder vectors = new StringBuilder();
                    for (String heard : search.votedTexts(u.heard())) {
                        if (!heard.isBlank()) {
                            vectors.append(vectors.isEmpty() ? "" : ",").append(vector(model.unitVector(heard)));
                        }
                    }
                    utterances.printf(
                            "{\"set\":\"%s\",\"label\":\"%s\",\"search\":\"%s\",\"cands\":[%s],\"v\":[%s]}%n",
                            name, u.label(), Scorecard.outcome(searched.result()), candidates, vectors);
                }
            }
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String vector(float[] v) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            b.append(i > 0 ? "," : "").append(String.format(Locale.ROOT, "%.5f", v[i]));
        }
        return b.append(']').toString();
    }
}
