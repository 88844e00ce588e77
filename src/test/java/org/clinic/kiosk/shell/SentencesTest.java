package org.clinic.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsAtSentenceEndsButNotAfterAbbreviationsOrInitials() {
        assertEquals(
                List.of("Ask Dr. Lee first.", "Then rest!", "Is it 3 p.m. yet?", "Yes."),
                Sentences.split("Ask Dr. Lee first. Then rest! Is it 3 p.m. yet? Yes."));
        assertEquals(List.of("Some drugs, e.g. Taxol, help."), Sentences.split("Some drugs, e.g. Taxol, help."));
        assertEquals(List.of("J. R. Smith wrote it."), Sentences.split("J. R. Smith wrote it."));
        assertEquals(List.of("It costs 3.50 a day."), Sentences.split("It costs 3.50 a day."));
    }

    @Test
    void joiningThePiecesGivesTheTextBack() {
        String text = "Cancer can come back. It may come back where it started.  Or somewhere else.";
        assertEquals(
                "Cancer can come back. It may come back where it started. Or somewhere else.",
                String.join(" ", Sentences.split(text)));
    }

    @Test
    void emptyOrBlankTextHasNoSentences() {
        assertEquals(List.of(), Sentences.split(""));
        assertEquals(List.of(), Sentences.split("   \n "));
        assertEquals(List.of(), Sentences.split(null));
    }

    @Test
    void veryLongSentenceIsCutAtCommasIntoShortPieces() {
        String longSentence =
                ("You may feel tired, worried, angry or sad, and all of that is normal, ").repeat(10) + "in the end.";
        List<String> pieces = Sentences.split(longSentence);
        assertTrue(pieces.size() > 3, pieces.toString());
        pieces.forEach(piece -> assertTrue(piece.length() <= Sentences.MAX_CHARS, piece));
        assertEquals(longSentence.strip(), String.join(" ", pieces));
        assertTrue(pieces.getFirst().endsWith(","), pieces.getFirst());
    }

    @Test
    void oneHugeWordIsStillCut() {
        String word = "a".repeat(500);
        List<String> pieces = Sentences.split(word);
        assertEquals(3, pieces.size());
        assertEquals(word, String.join("", pieces));
    }
}
