package org.clinic.kiosk.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EarTextTest {

    private final EarText ear =
            new EarText(Pronunciations.parse(List.of("oncologist = onn kolla jist", "CISN = C I S N"), "test"));

    @Test
    void listMarkersAreNotSaid() {
        assertEquals("Ask about side effects", ear.prepare("- Ask about side effects"));
        assertEquals("Ask about side effects", ear.prepare("* Ask about side effects"));
        assertEquals("Bring a friend", ear.prepare("\u2022 Bring a friend"));
        assertEquals("Write down questions", ear.prepare("2. Write down questions"));
        assertEquals("Write down questions", ear.prepare("b) Write down questions"));
    }

    @Test
    void abbreviationsAreSaidInFull() {
        assertEquals("Some drugs, for example pills, help.", ear.prepare("Some drugs, e.g. pills, help."));
        assertEquals("Your team, that is your doctors.", ear.prepare("Your team, i.e. your doctors."));
        assertEquals("Talk to Doctor Lee.", ear.prepare("Talk to Dr. Lee."));
        assertEquals("Pain, tiredness and so on", ear.prepare("Pain, tiredness etc."));
        assertEquals("Come at 9 A M to room number 4", ear.prepare("Come at 9 a.m. to room No. 4"));
    }

    @Test
    void symbolsAreSaidAsWords() {
        assertEquals("Family and friends", ear.prepare("Family & friends"));
        assertEquals("about 30 percent of people", ear.prepare("~30% of people"));
        assertEquals("Help is there all day, every day.", ear.prepare("Help is there 24/7."));
        assertEquals("Ask your doctor or nurse", ear.prepare("Ask your doctor/nurse"));
        assertEquals("It's your choice", ear.prepare("It\u2019s your choice"));
        assertEquals("Rest, then walk", ear.prepare("Rest \u2014 then walk"));
    }

    @Test
    void numbersRangesAndPhoneNumbersAreSaidSensibly() {
        assertEquals("It takes 2 to 3 weeks", ear.prepare("It takes 2-3 weeks"));
        assertEquals("It takes 2 to 3 weeks", ear.prepare("It takes 2\u20133 weeks"));
        assertEquals("About 1000 people", ear.prepare("About 1,000 people"));
        assertEquals("Call 0 8 0 0, 1 2 3, 4 5 6 7", ear.prepare("Call 0800 123 4567"));
        assertEquals("In 2026 we met", ear.prepare("In 2026 we met"));
    }

    @Test
    void charactersTheVoiceCannotSayAreDroppedAndAccentsRemoved() {
        assertEquals("Cafe and creme", ear.prepare("Caf\u00e9 and cr\u00e8me"));
        assertEquals("Hello there", ear.prepare("Hello \u263a\ud83d\ude00 there \u2192"));
        assertEquals("", ear.prepare("\u263a \ud83d\ude00 \u2192 ***"));
        assertEquals("", ear.prepare(""));
        assertEquals("", ear.prepare(null));
    }

    @Test
    void pronunciationsAreAppliedToWholeWordsInAnyCase() {
        assertEquals("Your onn kolla jist can help.", ear.prepare("Your Oncologist can help."));
        assertEquals("The C I S N guide", ear.prepare("The CISN guide"));
        assertEquals("oncologists", ear.prepare("oncologists"));
    }
}
