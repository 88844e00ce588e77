package org.clinic.kiosk.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PronunciationsTest {

    @Test
    void readsWordsIgnoringCommentsAndBlankLines() {
        Pronunciations p = Pronunciations.parse(List.of("# a comment", "", "  lymph = limf  ", "GP = gee pee"), "f");
        assertEquals(2, p.size());
        assertEquals(List.of(), p.problems());
        assertEquals("swollen limf nodes", p.apply("swollen lymph nodes"));
        assertEquals("ask your gee pee", p.apply("ask your GP"));
    }

    @Test
    void aBadLineIsSkippedWithAMessageNamingTheFileAndLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("pronunciations.txt");
        Files.writeString(
                file,
                "# words\nhospice = hoss pis\noncologist onn kolla jist\nmetastatic = \n"
                        + "chemo = kee mo 2\nhospice = again\n12 = twelve\n");
        Pronunciations p = Pronunciations.load(file);

        assertEquals(1, p.size());
        assertEquals("the hoss pis team", p.apply("the hospice team"));
        List<String> problems = p.problems();
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(file + " line 3: expected 'word = how to say it'"), problems.get(0));
        assertTrue(problems.get(1).startsWith(file + " line 4: "), problems.get(1));
        assertTrue(problems.get(2).startsWith(file + " line 5: "), problems.get(2));
        assertTrue(problems.get(3).contains("line 6: 'hospice' is already given"), problems.get(3));
        assertTrue(problems.get(4).contains("line 7: '12' is not a word"), problems.get(4));
    }

    @Test
    void missingFileMeansNoPronunciationsAndSaysSo(@TempDir Path folder) {
        Pronunciations p = Pronunciations.load(folder.resolve("nope.txt"));
        assertEquals(0, p.size());
        assertTrue(p.problems().getFirst().contains("no such file"));
        assertEquals("oncologist", p.apply("oncologist"));
    }

    @Test
    void shippedFilesHaveNoMistakesAndCoverTheWordsTheVoiceGetsWrong() {
        Pronunciations p = Pronunciations.builtInWith(Path.of("kiosk-config/pronunciations.txt"));
        assertEquals(List.of(), p.problems());
        assertEquals("onn kolla jist", p.apply("oncologist"));
        assertEquals("met a static", p.apply("metastatic"));
        assertEquals("C I S N", p.apply("CISN"));
    }

    @Test
    void theBuiltInWordsNeedNoClinicFileAndTheClinicsFileAddsToThemOrReplacesOne(@TempDir Path folder)
            throws IOException {
        Pronunciations alone = Pronunciations.builtInWith(folder.resolve("none.txt"));
        assertEquals(List.of(), alone.problems());
        assertEquals("onn kolla jist", alone.apply("oncologist"));

        Path clinic = folder.resolve("pronunciations.txt");
        Files.writeString(clinic, "oncologist = on collar gist\nMacmillan = mack millan\n");
        Pronunciations both = Pronunciations.builtInWith(clinic);
        assertEquals(List.of(), both.problems());
        assertEquals("on collar gist and mack millan", both.apply("oncologist and Macmillan"));
        assertEquals("met a static", both.apply("metastatic"));
    }
}
