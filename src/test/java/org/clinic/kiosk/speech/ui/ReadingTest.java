package org.clinic.kiosk.speech.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.shell.SpeechScript;
import org.clinic.kiosk.speech.PcmFormat;
import org.clinic.kiosk.speech.SpeechException;
import org.clinic.kiosk.speech.SpeechOutput;
import org.clinic.kiosk.speech.SpeechRate;
import org.clinic.kiosk.speech.SpeechSynthesizer;
import org.clinic.kiosk.speech.SpeechVolume;
import org.clinic.kiosk.speech.SpokenAudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadingTest {

    /** Remembers what it was asked to say and at which rate; can be broken. */
    private static final class Voice implements SpeechSynthesizer {
        final List<String> said = new ArrayList<>();
        boolean broken;

        @Override
        public String voiceName() {
            return "test";
        }

        @Override
        public synchronized SpokenAudio synthesize(String text, double rate) {
            if (broken) {
                throw new SpeechException("broken");
            }
            said.add(text + " @" + rate);
            return new SpokenAudio(new PcmFormat(16000, 1), new byte[text.length() * 100]);
        }
    }

    /** Remembers what the reading asked the audio element to do. */
    private static final class Player implements Reading.Player {
        final List<String> calls = new ArrayList<>();

        @Override
        public void play(SpokenAudio sound, SpeechVolume volume, String highlightId) {
            calls.add("play " + highlightId + " " + volume.label());
        }

        @Override
        public void pause() {
            calls.add("pause");
        }

        @Override
        public void resume() {
            calls.add("resume");
        }

        @Override
        public void silence() {
            calls.add("silence");
        }

        String last() {
            return calls.getLast();
        }
    }

    private final Voice voice = new Voice();
    private final Player player = new Player();
    private final SpeechOutput speech = SpeechOutput.create(voice, Path.of("target/no-pronunciations"), 1 << 20);
    private final Reading reading = new Reading(speech, SpeechRate.NORMAL, SpeechVolume.NORMAL, player);

    private static SpeechScript script(String... idsAndTexts) {
        SpeechScript.Builder builder = new SpeechScript.Builder();
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            builder.sayHighlighting(idsAndTexts[i + 1], idsAndTexts[i]);
        }
        return builder.build();
    }

    @AfterEach
    void close() {
        speech.close();
    }

    @Test
    void readsLineByLineAndSaysWhenItHasFinished() {
        reading.read(script("a", "First line.", "b", "Second line."));
        assertEquals(Reading.State.PLAYING, reading.state());
        assertEquals("play a normal", player.last());
        assertEquals("Now reading this screen.", reading.status(), "a screen without named parts");

        reading.sentenceEnded();
        assertEquals("play b normal", player.last());
        assertEquals("Now reading this screen.", reading.status());

        reading.sentenceEnded();
        assertEquals(Reading.State.STOPPED, reading.state());
        assertEquals("silence", player.last());
        assertEquals(Reading.FINISHED, reading.status());
    }

    @Test
    void theStatusNamesThePartOfTheScreenBeingReadInPlainWords() {
        reading.read(new SpeechScript.Builder()
                .part("Hospice care")
                .sayHighlighting("Hospice care.", "a")
                .part("What hospice gives you")
                .sayHighlighting("Comfort.", "b")
                .build());
        assertEquals("Now reading: Hospice care", reading.status());
        reading.sentenceEnded();
        assertEquals("Now reading: What hospice gives you", reading.status());
    }

    @Test
    void afterTheEndSayAgainRepeatsTheLastSentenceAndBackOneGoesToTheOneBefore() {
        reading.read(script("a", "One.", "b", "Two.", "c", "Three."));
        reading.sentenceEnded();
        reading.sentenceEnded();
        reading.sentenceEnded();
        assertEquals(Reading.State.STOPPED, reading.state());
        assertEquals(Reading.FINISHED, reading.status());
        assertTrue(reading.hasPlace());
        assertEquals(2, reading.lineIndex());

        reading.repeat();
        assertEquals(Reading.State.PLAYING, reading.state());
        assertEquals("play c normal", player.last());
        reading.sentenceEnded();
        assertEquals(Reading.FINISHED, reading.status());

        reading.previous();
        assertEquals("play b normal", player.last());
        assertEquals("Now reading this screen.", reading.status());
        reading.sentenceEnded(); // and reads on to the end again
        assertEquals("play c normal", player.last());
    }

    @Test
    void aFinishedReadingKeepsItsPlaceOnTheLastSentenceSaidEvenIfLaterLinesHaveNothingToSay() {
        reading.read(script("a", "Hello.", "b", "\u263a \u2192"));
        reading.sentenceEnded();
        assertEquals(Reading.FINISHED, reading.status());
        reading.repeat();
        assertEquals("play a normal", player.last());
    }

    @Test
    void stopForgetsThePlaceEvenAfterTheEnd() {
        reading.read(script("a", "One."));
        reading.sentenceEnded();
        reading.stop();
        assertFalse(reading.hasPlace());
        reading.repeat();
        reading.previous();
        assertEquals("silence", player.last());
    }

    @Test
    void linesWithNothingToSayAreSkipped() {
        reading.read(script("a", "Hello.", "b", "\u263a \u2192", "c", "Goodbye."));
        reading.sentenceEnded();
        assertEquals("play c normal", player.last());
        assertEquals(2, reading.lineIndex());
    }

    @Test
    void anEmptyScreenSaysThereIsNothingToRead() {
        reading.read(SpeechScript.of("", "  "));
        assertEquals(Reading.State.STOPPED, reading.state());
        assertEquals(Reading.NOTHING, reading.status());
    }

    @Test
    void aSecondRequestWinsAndStartsFromItsBeginning() {
        reading.read(script("a", "One.", "b", "Two."));
        reading.sentenceEnded();
        reading.read(script("x", "Other screen."));
        assertEquals("play x normal", player.last());
        assertEquals(0, reading.lineIndex());
        assertEquals("Now reading this screen.", reading.status());
    }

    @Test
    void pauseResumeAndStop() {
        reading.read(script("a", "One.", "b", "Two."));
        reading.togglePause();
        assertEquals(Reading.State.PAUSED, reading.state());
        assertEquals("pause", player.last());
        reading.sentenceEnded(); // nothing moves on while paused
        assertEquals(0, reading.lineIndex());
        reading.togglePause();
        assertEquals("resume", player.last());
        assertEquals(Reading.State.PLAYING, reading.state());
        reading.stop();
        assertEquals(Reading.State.STOPPED, reading.state());
        assertEquals("silence", player.last());
        assertEquals("Stopped.", reading.status());
        reading.repeat();
        reading.previous();
        assertEquals("silence", player.last()); // nothing to repeat once stopped
    }

    @Test
    void repeatAndBackOne() {
        reading.read(script("a", "One.", "b", "Two.", "c", "Three."));
        reading.sentenceEnded();
        reading.sentenceEnded();
        reading.previous();
        assertEquals("play b normal", player.last());
        reading.repeat();
        assertEquals("play b normal", player.last());
        assertEquals(1, reading.lineIndex());
        reading.previous();
        reading.previous();
        assertEquals(0, reading.lineIndex());
    }

    @Test
    void aNewSpeedRemakesTheSentenceAndANewLoudnessReplaysIt() {
        reading.read(script("a", "One."));
        reading.slower();
        assertEquals(SpeechRate.SLOWER, reading.rate());
        assertEquals("One. @0.8", voice.said.getLast());
        assertEquals("play a normal", player.last());
        reading.louder();
        assertEquals("play a louder", player.last());
        assertEquals(2, voice.said.size()); // the loudness needs no new synthesis
    }

    @Test
    void resetBringsBackTheDefaultsAndSilence() {
        reading.faster();
        reading.faster();
        reading.quieter();
        reading.read(script("a", "One."));
        reading.reset();
        assertEquals(SpeechRate.NORMAL, reading.rate());
        assertEquals(SpeechVolume.NORMAL, reading.volume());
        assertEquals(Reading.State.STOPPED, reading.state());
        assertEquals("Touch Listen to hear this screen.", reading.status());
    }

    @Test
    void aBrokenVoiceGivesAClearMessageAndTheNextTryWorks() {
        voice.broken = true;
        reading.read(script("a", "One."));
        assertEquals(Reading.State.STOPPED, reading.state());
        assertEquals(Reading.FAILED, reading.status());
        assertTrue(reading.failedLast());

        voice.broken = false;
        reading.read(script("a", "One."));
        assertEquals(Reading.State.PLAYING, reading.state());
    }
}
