package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matcher on the labelled evaluation sets in {@code src/test/resources/voice/eval/} (written
 * from patient personas by people who never saw the topics' example questions): typed, with
 * imitated recognizer slips, and real PocketSphinx transcripts of synthetic voices (open vocabulary,
 * heard by {@code recognize.py}; where a {@code -pocketsphinx-kiosk-open} copy exists, heard as the kiosk
 * hears a question, through its pipeline; where a {@code -pocketsphinx-grammar} copy exists, the same biased
 * to the kiosk's words, as with {@code kiosk.voice.grammar}; a copy heard with another vocabulary than the
 * matcher's now is marked stale). The build fails
 * below the development set's bars. Prints the figures for the tuning and development sets, against
 * the matcher without its paraphrase vote and plain BM25; {@code -Dmatcher.base-jar=JAR -Dmatcher.base-dir=DIR} adds another build's answers
 * (its {@code ask} run in DIR), {@code -Dmatcher.misses=true} prints every miss, and
 * {@code -Dmatcher.sealed=true} scores the sealed test set as well: that is done once, at the end.
 */
class MatcherAccuracyTest {

    private static final List<String> COPIES =
            List.of("", "-noisy", "-pocketsphinx", GrammarCopy.OPEN_SUFFIX, GrammarCopy.SUFFIX);
    /** The sealed sets scored once and spent, first to last. */
    private static final List<String> SPENT = List.of(
            "spent-test",
            "spent2-test",
            "spent3-test",
            "spent4-test",
            "spent5-test",
            "spent6-test",
            "spent7-test",
            "spent8-test",
            "spent9-test",
            "spent10-test",
            "spent11-test",
            "spent12-test",
            "spent13-test");

    private static final String STALE = "  (grammar stale: vocabulary changed)";
    private static QuestionMatcher matcher;
    private static QuestionMatcher searchOnly;
    private static MatcherEvaluationTest.PlainSearch plain;

    @BeforeAll
    static void build() throws IOException {
        List<Topic> topics =
                TopicCatalog.load(Path.of("target/no-topic-overrides")).all();
        matcher = LuceneQuestionMatcher.build(
                topics, Path.of("kiosk-config/synonyms.txt"), "Please ask at the front desk.");
        searchOnly = LuceneQuestionMatcher.build(
                topics, Path.of("kiosk-config/synonyms.txt"), "Please ask at the front desk.", false);
        plain = new MatcherEvaluationTest.PlainSearch(topics);
    }

    private static Scorecard matcherOn(EvaluationSet set) {
        return Scorecard.of(set, u -> Scorecard.Answer.of(matcher.match(u.heard())), true);
    }

    private static Scorecard firstTranscriptOn(EvaluationSet set) {
        return Scorecard.of(
                set, u -> Scorecard.Answer.of(matcher.match(u.heard().getFirst())));
    }

    /** The matcher with the paraphrase vote off. */
    private static Scorecard searchOnlyOn(EvaluationSet set) {
        return Scorecard.of(set, u -> Scorecard.Answer.of(searchOnly.match(u.heard())));
    }

    private static Scorecard plainOn(EvaluationSet set) {
        return Scorecard.of(set, u -> {
            String best = plain.best(u.heard().getFirst());
            return new Scorecard.Answer(best.equals("none") ? "declined" : best, false);
        });
    }

    private static Scorecard baseOn(EvaluationSet set, Path jar, Path folder) {
        List<String> outcomes = AskProcess.outcomes(
                jar,
                folder,
                set.utterances().stream().map(u -> u.heard().getFirst()).toList());
        Map<EvaluationSet.Utterance, String> byUtterance = new IdentityHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            byUtterance.put(set.utterances().get(i), outcomes.get(i));
        }
        return Scorecard.of(set, u -> new Scorecard.Answer(byUtterance.get(u), false));
    }

    /** Prints every figure for one set and returns the matcher's. */
    private static Scorecard report(String name, StringBuilder out) {
        EvaluationSet set = EvaluationSet.read(name);
        boolean stale = set.grammar()
                .filter(stamp -> !stamp.equals(GrammarStamp.of(matcher.vocabulary())))
                .isPresent();
        UnaryOperator<String> mark = line -> stale ? line.stripTrailing() + STALE + "\n" : line;
        Scorecard ours = matcherOn(set);
        out.append(mark.apply(ours.line("matcher")));
        if (name.contains("-pocketsphinx")) { // every heard copy: recognize.py's, the kiosk's, the grammar's
            out.append(mark.apply(firstTranscriptOn(set).line("matcher, 1st transcript")));
        }
        out.append(mark.apply(searchOnlyOn(set).line("matcher, no paraphrases")));
        out.append(mark.apply(plainOn(set).line("plain BM25")));
        String baseJar = System.getProperty("matcher.base-jar");
        if (baseJar != null) {
            out.append(mark.apply(baseOn(set, Path.of(baseJar), Path.of(System.getProperty("matcher.base-dir", ".")))
                    .line("base commit")));
        }
        return ours;
    }

    @Test
    void theDevelopmentSetStaysAboveItsBars() {
        StringBuilder out = new StringBuilder(
                "\nQuestion matcher on the evaluation sets (top-1: a choice of two counts by its first topic; "
                        + "front-desk and none are right when declined)\n");
        List<String> sets = new ArrayList<>();
        COPIES.forEach(copy -> sets.add("tuning" + copy));
        COPIES.forEach(copy -> sets.add("dev" + copy));
        // the spent sealed sets: printed with no bar on them
        for (String spent : SPENT) {
            COPIES.forEach(copy -> sets.add(spent + copy));
        }
        if (Boolean.getBoolean("matcher.sealed")) {
            COPIES.forEach(copy -> sets.add("sealed-test" + copy));
        }
        Map<String, Scorecard> ours = new java.util.LinkedHashMap<>();
        for (String set : sets) {
            if (EvaluationSet.exists(set)) {
                ours.put(set, report(set, out));
            }
        }
        System.out.println(out);

        Scorecard typed = ours.get("dev");
        Scorecard noisy = ours.get("dev-noisy");
        Scorecard heard = ours.get("dev-pocketsphinx");
        assertThat(typed.total()).isGreaterThanOrEqualTo(200);
        assertThat(heard.total()).as("every utterance heard").isGreaterThanOrEqualTo(typed.total());
        // the bars: a little under what the matcher reached on the development set when they were set, with
        // words and meaning weighed together (WordsAndMeaning, fitted on the tuning and spent sets, never on dev):
        // 85.4 %, 82.8 %, 72.5 % heard by PocketSphinx in two voices; 88 % declined; 2.8 % wrong commands
        // (one command on a non-command); then 86.7 %, 83.7 %, 72.7 % with command phrases added from the misses
        // of the tuning, development and spent sets (so the development set reads a little high since); then
        // 87.6 %, 84.5 %, 73.8 % with commands said with a reason after them (after the third sealed scoring); then
        // 88.8 %, 85.8 %, 75.3 % with a command said anywhere inside a sentence that opens no topic surely
        // (CommandInSentence); 89.3 %, 85.8 %, 77.9 %, 92 % declined after the weights were refitted with the third
        // spent set and a command was looked for in the next transcripts too; 89.7 %, 87.6 %, 78.8 % with commands
        // found by meaning and words together (CommandByMeaning, its sentences written after reading the spent
        // sets' command misses); 90.1 %, 88.0 %, 79.0 %, no wrong command, after the fifth sealed scoring ("options"
        // alone no longer help, read off dev and the fifth set, so dev reads a little high since). Before it (the
        // paraphrase vote's
        // rules): 76.4 %, 75.5 %, 66.7 %, 88 %;
        // without the vote 70.0 %, 68.7 %, 62.2 %, 84 % declined; plain BM25 30.9 % typed
        assertThat(typed.top1()).as("dev typed top-1").isGreaterThanOrEqualTo(89.0);
        assertThat(noisy.top1()).as("dev imitated-recognizer top-1").isGreaterThanOrEqualTo(87.0);
        assertThat(heard.top1()).as("dev real-recognizer top-1").isGreaterThanOrEqualTo(77.0);
        assertThat(typed.declinedShare()).as("dev out-of-domain declined").isGreaterThanOrEqualTo(85.0);
        assertThat(typed.wrongCommandRate()).as("dev wrong commands").isLessThanOrEqualTo(3.0);
        // heard as the kiosk hears a question (its pipeline, PocketSphinx's whole vocabulary: kiosk.voice.grammar is
        // off by default): 81.1 %, 90 % declined, 1.4 % wrong commands when the bars were set
        Scorecard kiosk = ours.get("dev" + GrammarCopy.OPEN_SUFFIX);
        assertThat(kiosk.total()).as("every utterance heard by the kiosk").isGreaterThanOrEqualTo(typed.total());
        assertThat(kiosk.top1()).as("dev heard by the kiosk top-1").isGreaterThanOrEqualTo(79.0);
        assertThat(kiosk.declinedShare())
                .as("dev heard by the kiosk out-of-domain declined")
                .isGreaterThanOrEqualTo(85.0);
        assertThat(kiosk.wrongCommandRate())
                .as("dev heard by the kiosk wrong commands")
                .isLessThanOrEqualTo(3.0);
        EvaluationSet dev = EvaluationSet.read("dev");
        assertThat(typed.top1() - plainOn(dev).top1())
                .as("lead over plain BM25")
                .isGreaterThanOrEqualTo(40.0);
        assertThat(typed.top1() - searchOnlyOn(dev).top1())
                .as("the paraphrase vote's lead (kept only while it wins on the development set)")
                .isGreaterThanOrEqualTo(10.0);
    }
}
