package org.clinic.kiosk.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void syllablesAreCountedByVowelGroups() {
        assertEquals(1, Readability.syllables("the"));
        assertEquals(1, Readability.syllables("come"));
        assertEquals(1, Readability.syllables("comes"));
        assertEquals(2, Readability.syllables("treated"));
        assertEquals(1, Readability.syllables("helped"));
        assertEquals(2, Readability.syllables("places"));
        assertEquals(2, Readability.syllables("table"));
        assertEquals(3, Readability.syllables("family"));
        assertEquals(3, Readability.syllables("medicine"));
        assertEquals(5, Readability.syllables("chemotherapy"));
        assertEquals(1, Readability.syllables("yes"));
        assertEquals(1, Readability.syllables("2026"));
    }

    @Test
    void gradeFollowsTheFleschKincaidFormula() {
        // 2 sentences, 7 words, 8 syllables ("happy" has two)
        double grade = Readability.grade(List.of("The cat sat down. It was happy."));
        assertEquals(0.39 * 7 / 2 + 11.8 * 8 / 7 - 15.59, grade, 1e-9);
    }

    @Test
    void listItemsCountAsSentencesAndLongWordsRaiseTheGrade() {
        double simple = Readability.grade(List.of("Ask for help", "Tell your team"));
        double hard = Readability.grade(
                List.of("Investigational immunotherapeutic interventions necessitate comprehensive consideration"));
        assertTrue(hard > simple + 10, "hard " + hard + " simple " + simple);
    }
}
