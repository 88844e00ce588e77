package org.clinic.kiosk.speech.freetts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.clinic.kiosk.speech.SpokenAudio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The real FreeTTS voice, with no sound device: everything stays in memory. */
class FreeTtsSynthesizerTest {

    private static final FreeTtsSynthesizer VOICE = new FreeTtsSynthesizer(3);

    @AfterAll
    static void close() {
        VOICE.close();
    }

    private static boolean silent(byte[] pcm) {
        for (byte b : pcm) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void makesAValidSixteenKilohertzWavInMemory() throws Exception {
        SpokenAudio audio = VOICE.synthesize("Your care team can help.", 1.0);
        assertEquals(16000, audio.format().sampleRate());
        assertEquals(1, audio.format().channels());
        assertTrue(
                audio.duration().toMillis() > 800 && audio.duration().toMillis() < 4000,
                audio.duration().toString());
        assertTrue(!silent(audio.pcm()));
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(audio.wav(1.0)))) {
            AudioFormat format = in.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
            assertEquals(16, format.getSampleSizeInBits());
            assertEquals(audio.pcm().length / 2, in.getFrameLength());
        }
    }

    @Test
    void durationGrowsWithTheTextAndShrinksWithAFasterRate() {
        long shortText = VOICE.synthesize("Ask for help.", 1.0).duration().toMillis();
        long longText = VOICE.synthesize("Ask for help. Your care team is there for you, day and night.", 1.0)
                .duration()
                .toMillis();
        long faster = VOICE.synthesize("Ask for help. Your care team is there for you, day and night.", 1.4)
                .duration()
                .toMillis();
        long slower = VOICE.synthesize("Ask for help. Your care team is there for you, day and night.", 0.6)
                .duration()
                .toMillis();
        assertTrue(longText > shortText * 2, shortText + " vs " + longText);
        assertTrue(faster < longText * 0.85, longText + " vs faster " + faster);
        assertTrue(slower > longText * 1.3, longText + " vs slower " + slower);
    }

    @Test
    void concurrentSynthesisGivesTheSameBytesAsSerial() throws Exception {
        List<String> texts = List.of(
                "Cancer can come back.",
                "Hospice care keeps you comfortable.",
                "Ask your oncologist about clinical trials.",
                "Palliative care helps at any stage.",
                "Your family can help too.",
                "Write down your questions.");
        List<byte[]> serial = new ArrayList<>();
        for (String text : texts) {
            serial.add(VOICE.synthesize(text, 1.0).pcm());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<byte[]>> results = new ArrayList<>();
                for (String text : texts) {
                    results.add(pool.submit(() -> VOICE.synthesize(text, 1.0).pcm()));
                }
                for (int i = 0; i < texts.size(); i++) {
                    assertArrayEquals(serial.get(i), results.get(i).get(), texts.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyTextIsRefusedClearly() {
        assertThrows(IllegalArgumentException.class, () -> VOICE.synthesize("  ", 1.0));
    }

    /**
     * The words the issue names, checked through the sounds the voice picks: the shipped
     * respellings give the right sounds where the voice's own guess is wrong.
     */
    @Test
    void respellingsInThePronunciationFileFixTheWordsTheVoiceGetsWrong() {
        assertEquals(List.of("aa ng k aa1 l ax jh ax s t"), VOICE.phones("oncologist"));
        assertEquals(List.of("aa1 n", "k aa1 l ax", "jh ih1 s t"), VOICE.phones("onn kolla jist"));
        assertEquals(List.of("m ax t ae1 s t ae1 t ih k"), VOICE.phones("metastatic"));
        assertEquals(List.of("m eh1 t", "ax", "s t ae1 t ih k"), VOICE.phones("met a static"));
        // said well already
        assertEquals(List.of("p ae1 l iy ax t ih v"), VOICE.phones("palliative"));
        assertEquals(List.of("hh aa1 s p ax s"), VOICE.phones("hospice"));
        assertEquals(List.of("k iy1 m ow th eh1 r ax p iy"), VOICE.phones("chemotherapy"));
        assertEquals(List.of("l ih1 m f"), VOICE.phones("lymph"));
        assertEquals(List.of("hh eh1 l th w ay1 z"), VOICE.phones("healthwise"));
        assertEquals(List.of("m ey1 ow"), VOICE.phones("mayo"));
    }

    @Test
    void capitalLettersAreSpeltOutSoGpNeedsNoEntryButCisnDoes() {
        assertArrayEquals(
                VOICE.synthesize("G P", 1.0).pcm(), VOICE.synthesize("GP", 1.0).pcm());
        assertNotEquals(
                VOICE.synthesize("C I S N", 1.0).duration(),
                VOICE.synthesize("CISN", 1.0).duration());
    }
}
