package org.clinic.kiosk.voice;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.voice.match.LuceneQuestionMatcher;
import org.clinic.kiosk.voice.match.MatchResult;
import org.clinic.kiosk.voice.match.MatcherEvaluationTest;
import org.clinic.kiosk.voice.match.MatcherEvaluationTest.Labelled;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * What spoken-question tests and benchmarks share: the labelled questions and commands of {@code
 * questions-holdout.tsv} and {@code questions-tuning.tsv} (never the {@code eval/} development or
 * sealed sets), the kiosk's own matcher over its built-in topics, and its default voice settings.
 */
public final class LabelledSpeech {

    private LabelledSpeech() {}

    /** Every labelled question and command, holdout first. */
    public static List<Labelled> all() {
        List<Labelled> all = new ArrayList<>(MatcherEvaluationTest.read("questions-holdout"));
        all.addAll(MatcherEvaluationTest.read("questions-tuning"));
        return all;
    }

    /** Every {@code step}-th of {@link #all()}: topics, commands and "none" in their proportions. */
    public static List<Labelled> everyNth(int step) {
        List<Labelled> all = all();
        List<Labelled> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i += step) {
            chosen.add(all.get(i));
        }
        return chosen;
    }

    public static QuestionMatcher matcher() {
        return LuceneQuestionMatcher.build(
                TopicCatalog.load(Path.of("target/no-topic-overrides")).all(),
                Path.of("kiosk-config/synonyms.txt"),
                "Please ask at the front desk.");
    }

    /** A result as a label of the sets: a topic id, {@code command:NAME}, or {@code none}. */
    public static String label(MatchResult result) {
        return switch (result) {
            case MatchResult.TopicMatch t -> t.topicId();
            case MatchResult.TopicChoice c -> c.first().id();
            case MatchResult.CommandMatch c -> "command:" + c.command().id();
            case MatchResult.NotUnderstood n -> "none";
        };
    }

    /** The kiosk's default voice settings (600 ms end silence, 8 s without speech, 15 s at most). */
    public static VoiceSettings settings() {
        return settings(false, false);
    }

    /** The same, with hands-free listening and the grammar ({@code kiosk.voice.grammar}) on or off. */
    public static VoiceSettings settings(boolean handsFree, boolean grammar) {
        return new VoiceSettings(
                handsFree,
                "hello kiosk",
                Path.of("voice-models/vosk-model-small-en-us-0.15"),
                Duration.ofMillis(600),
                Duration.ofSeconds(8),
                Duration.ofSeconds(15),
                false,
                VoiceSettings.Engine.POCKETSPHINX,
                Path.of("/usr/share/pocketsphinx/model/en-us"),
                grammar);
    }

    /**
     * What the kiosk hears questions with under its default settings: the model's whole vocabulary, or the
     * matcher's words as a grammar when {@code kiosk.voice.grammar} is on ({@link VoiceSettings#questions}).
     */
    public static Vocabulary questions(QuestionMatcher matcher) {
        return settings().questions(matcher.vocabulary());
    }
}
