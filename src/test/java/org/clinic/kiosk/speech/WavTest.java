package org.clinic.kiosk.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class WavTest {

    private static byte[] samples(int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putShort((short) v);
        }
        return b.array();
    }

    private static int sample(byte[] pcm, int index) {
        return ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN).getShort(index * 2);
    }

    @Test
    void headerDescribesSixteenBitMonoPcmAndTheDataLength() {
        byte[] pcm = samples(0, 1000, -1000, 32767);
        byte[] wav = new SpokenAudio(new PcmFormat(16000, 1), pcm).wav(1.0);

        ByteBuffer h = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", new String(wav, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(wav.length - 8, h.getInt(4));
        assertEquals("WAVE", new String(wav, 8, 4, StandardCharsets.US_ASCII));
        assertEquals("fmt ", new String(wav, 12, 4, StandardCharsets.US_ASCII));
        assertEquals(16, h.getInt(16));
        assertEquals(1, h.getShort(20));
        assertEquals(1, h.getShort(22));
        assertEquals(16000, h.getInt(24));
        assertEquals(32000, h.getInt(28));
        assertEquals(2, h.getShort(32));
        assertEquals(16, h.getShort(34));
        assertEquals("data", new String(wav, 36, 4, StandardCharsets.US_ASCII));
        assertEquals(pcm.length, h.getInt(40));
        assertEquals(Wav.HEADER_BYTES + pcm.length, wav.length);
    }

    @Test
    void javaSoundReadsTheFileBackUnchanged() throws Exception {
        byte[] pcm = samples(5, -5, 300, -300, 12345, -12345);
        byte[] wav = new SpokenAudio(new PcmFormat(16000, 1), pcm).wav(1.0);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat format = in.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
            assertEquals(16000f, format.getSampleRate());
            assertEquals(16, format.getSampleSizeInBits());
            assertEquals(1, format.getChannels());
            assertEquals(false, format.isBigEndian());
            assertEquals(6, in.getFrameLength());
            assertArrayEquals(pcm, in.readAllBytes());
        }
    }

    @Test
    void gainScalesSamplesAndClipsInsteadOfWrappingAround() {
        byte[] pcm = samples(1000, -1000, 20000, -20000, 0);
        byte[] louder = Wav.applyGain(pcm, 2.0);
        assertEquals(2000, sample(louder, 0));
        assertEquals(-2000, sample(louder, 1));
        assertEquals(32767, sample(louder, 2));
        assertEquals(-32768, sample(louder, 3));
        assertEquals(0, sample(louder, 4));
        byte[] quieter = Wav.applyGain(pcm, 0.5);
        assertEquals(500, sample(quieter, 0));
        assertEquals(-10000, sample(quieter, 3));
    }

    @Test
    void durationComesFromTheFrameCount() {
        SpokenAudio audio = new SpokenAudio(new PcmFormat(16000, 1), new byte[32000]);
        assertEquals(Duration.ofSeconds(1), audio.duration());
        assertThrows(IllegalArgumentException.class, () -> new SpokenAudio(new PcmFormat(16000, 1), new byte[3]));
    }
}
