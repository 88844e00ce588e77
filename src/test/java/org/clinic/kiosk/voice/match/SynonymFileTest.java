package org.clinic.kiosk.voice.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SynonymFileTest {

    @Test
    void theBuiltInListAndTheClinicsFileHaveNoBadLines() {
        SynonymFile file = SynonymFile.builtInWith(Path.of("kiosk-config/synonyms.txt"));
        assertThat(file.problems()).isEmpty();
        assertThat(file.size()).isGreaterThan(50);
    }

    @Test
    void theClinicsLinesAddToTheBuiltInOnesAndNameTheirFile(@TempDir Path folder) throws IOException {
        Path clinic = folder.resolve("synonyms.txt");
        Files.writeString(clinic, "# ours\nsecond opinion, look over my notes\n");
        SynonymFile file = SynonymFile.builtInWith(clinic);
        assertThat(file.size()).isEqualTo(SynonymFile.builtIn().size() + 1);
        assertThat(file.apply(SpokenText.words("can someone look over my notes"))
                        .rewrites())
                .containsExactly("\"look over my notes\" also searched as \"second opinion\" (synonyms.txt line 2)");
        assertThat(file.apply(SpokenText.words("my cancer returned")).rewrites())
                .anySatisfy(r -> assertThat(r).contains("recurrence").contains("(built-in line "));
        assertThat(SynonymFile.builtInWith(folder.resolve("none.txt")).problems())
                .as("no clinic file is no problem")
                .isEmpty();
    }

    @Test
    void aGroupAddsItsFirstWordWhateverTheWordEndings() {
        SynonymFile file = SynonymFile.parse("synonyms.txt", "recurrence, come back, returned\n");
        SynonymFile.Expansion expansion = file.apply(SpokenText.words("it is coming back"));
        assertThat(expansion.words()).containsExactly("it", "is", "coming", "back");
        assertThat(expansion.addedAt().get(2)).containsExactly("recurrence");
        assertThat(expansion.addedAt().get(3)).containsExactly("recurrence");
        assertThat(expansion.addedAt().get(0)).isEmpty();
        assertThat(expansion.rewrites())
                .containsExactly("\"coming back\" also searched as \"recurrence\" (synonyms.txt line 1)");
    }

    @Test
    void phrasesMatchWhicheverSoundAlikeSmallWordTheRecognizerWrote() {
        SynonymFile file =
                SynonymFile.parse("synonyms.txt", "advance directive, write down my wishes, talk to someone\n");
        assertThat(file.apply(SpokenText.words("i want to right down my wishes"))
                        .addedAt()
                        .get(3))
                .containsExactly("advance", "directive");
        assertThat(file.apply(SpokenText.words("can i talk too someone"))
                        .addedAt()
                        .get(3))
                .containsExactly("advance", "directive");
        assertThat(file.apply(SpokenText.words("can i talk about someone")).rewrites())
                .isEmpty();
    }

    @Test
    void aMishearingIsReplaced() {
        SynonymFile file = SynonymFile.parse("synonyms.txt", "# comment\n\npallet of => palliative\n");
        SynonymFile.Expansion expansion = file.apply(SpokenText.words("what is pallet of care"));
        assertThat(expansion.words()).containsExactly("what", "is", "palliative", "care");
        assertThat(expansion.rewrites()).containsExactly("\"pallet of\" heard as \"palliative\" (synonyms.txt line 3)");
    }

    @Test
    void aBadLineIsSkippedAndNamedWhileTheOthersStillWork() {
        SynonymFile file = SynonymFile.parse(
                "synonyms.txt",
                String.join(
                        "\n",
                        "# lay words",
                        "chemo, chemotherapy",
                        "lonely",
                        "pain, sore,, hurts",
                        "a => b => c",
                        "hospice, end-of-life care",
                        "scan, ct scan!",
                        "x, y => p, q"));
        assertThat(file.size()).isEqualTo(2);
        List<String> problems = file.problems();
        assertThat(problems).hasSize(5);
        assertThat(problems.get(0)).startsWith("synonyms.txt line 3: a group needs at least two");
        assertThat(problems.get(1)).startsWith("synonyms.txt line 4: empty word or phrase");
        assertThat(problems.get(2)).startsWith("synonyms.txt line 5: more than one '=>'");
        assertThat(problems.get(3)).startsWith("synonyms.txt line 7: 'ct scan!' may hold only letters");
        assertThat(problems.get(4)).startsWith("synonyms.txt line 8: put exactly one word or phrase after '=>'");
        assertThat(file.apply(SpokenText.words("more chemotherapy")).addedAt().get(1))
                .containsExactly("chemo");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPhraseWithNoWordsIsSkippedAndNamedAndQuestionsStillGetAnswers() {
        SynonymFile file = SynonymFile.parse(
                "synonyms.txt",
                String.join(
                        "\n",
                        "- => pain",
                        "recurrence, ', come back",
                        "um => hospice",
                        "pain => uh",
                        "pane => pain",
                        "recurrence, come back"));
        assertThat(file.problems())
                .containsExactly(
                        "synonyms.txt line 1: '-' has no words in it (line skipped): - => pain",
                        "synonyms.txt line 2: ''' has no words in it (line skipped): recurrence, ', come back",
                        "synonyms.txt line 3: 'um' has no words in it (line skipped): um => hospice",
                        "synonyms.txt line 4: 'uh' has no words in it (line skipped): pain => uh");
        assertThat(file.size()).isEqualTo(2);
        SynonymFile.Expansion expansion = file.apply(SpokenText.words("has it come back with pane"));
        assertThat(expansion.words()).containsExactly("has", "it", "come", "back", "with", "pain");
        assertThat(expansion.addedAt().get(2)).containsExactly("recurrence");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRuleWithAnEmptyTriggerNeverMatches() {
        SynonymFile file = new SynonymFile(
                List.of(
                        new SynonymFile.Rule("test", 1, List.of(List.of()), List.of("pain"), true, "- => pain"),
                        new SynonymFile.Rule(
                                "test", 2, List.of(List.of()), List.of("recurrence"), false, "recurrence, -")),
                List.of());
        SynonymFile.Expansion expansion = file.apply(SpokenText.words("has it come back"));
        assertThat(expansion.words()).containsExactly("has", "it", "come", "back");
        assertThat(expansion.addedAt()).allSatisfy(added -> assertThat(added).isEmpty());
        assertThat(expansion.rewrites()).isEmpty();
    }
}
