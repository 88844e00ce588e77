package org.clinic.kiosk.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpeechOutputTest {

    private final FakeSynthesizer voice = new FakeSynthesizer();
    private final SpeechOutput speech =
            new SpeechOutput(voice, Pronunciations.parse(List.of("oncologist = onn kolla jist"), "test"), 1_000_000);

    @AfterEach
    void close() {
        speech.close();
    }

    @Test
    void theVoiceGetsTextPreparedForTheEar() {
        speech.speak("- Ask your oncologist & nurse", SpeechRate.NORMAL);
        assertEquals(List.of("Ask your onn kolla jist and nurse"), voice.said);
    }

    @Test
    void aSentenceSaidAgainComesFromTheCacheUnlessTheRateChanged() {
        SpokenAudio first =
                speech.speak("Cancer can come back.", SpeechRate.NORMAL).orElseThrow();
        SpokenAudio again =
                speech.speak("Cancer can come back.", SpeechRate.NORMAL).orElseThrow();
        assertTrue(first == again);
        assertEquals(1, voice.said.size());
        SpokenAudio slower =
                speech.speak("Cancer can come back.", SpeechRate.SLOWER).orElseThrow();
        assertEquals(2, voice.said.size());
        assertTrue(slower.duration().compareTo(first.duration()) > 0);
        assertEquals(2, speech.cacheStats().entries());
        assertEquals(1, speech.cacheStats().hits());
    }

    @Test
    void textWithNothingSayableGivesNoSoundAndDoesNotReachTheVoice() {
        assertTrue(speech.speak("", SpeechRate.NORMAL).isEmpty());
        assertTrue(speech.speak("\u263a \u2192", SpeechRate.NORMAL).isEmpty());
        assertEquals(List.of(), voice.said);
    }

    @Test
    void aBrokenVoiceFailsWithASpeechException() {
        voice.broken = true;
        assertThrows(SpeechException.class, () -> speech.speak("Hello.", SpeechRate.NORMAL));
    }

    @Test
    void volumeIsAppliedWhenServedSoTheCacheHoldsOneCopy() throws Exception {
        SpokenAudio audio = speech.speak("Hello there.", SpeechRate.NORMAL).orElseThrow();
        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        ByteArrayOutputStream loud = new ByteArrayOutputStream();
        int written = SpeechOutput.writeWav(audio, SpeechVolume.QUIETEST, quiet);
        SpeechOutput.writeWav(audio, SpeechVolume.LOUDEST, loud);
        assertEquals(audio.pcm().length + Wav.HEADER_BYTES, written);
        assertEquals(quiet.size(), loud.size());
        assertEquals(1, speech.cacheStats().entries());
    }

    @Test
    void warmUpFillsTheCacheInTheBackground() throws Exception {
        speech.warmUpInBackground(
                        List.of("Hospice care. Comfort at the end of life.", "Second opinions."), SpeechRate.NORMAL)
                .get(10, TimeUnit.SECONDS);
        assertEquals(3, speech.cacheStats().entries());
        speech.speak("Comfort at the end of life.", SpeechRate.NORMAL);
        assertEquals(3, voice.said.size());
    }
}
