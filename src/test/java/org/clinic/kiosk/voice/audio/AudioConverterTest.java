package org.clinic.kiosk.voice.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.clinic.kiosk.voice.recognition.AudioFormat;
import org.clinic.kiosk.voice.recognition.AudioFormat.Encoding;
import org.junit.jupiter.api.Test;

class AudioConverterTest {

    private static final AudioFormat F32_48K_STEREO = new AudioFormat(Encoding.F32LE, 48_000, 2);
    private static final AudioFormat S16_44K_MONO = new AudioFormat(Encoding.S16LE, 44_100, 1);
    private static final AudioFormat S16_44K_STEREO = new AudioFormat(Encoding.S16LE, 44_100, 2);
    /** Odd chunk sizes in frames, so chunk edges fall everywhere in the filter's phases. */
    private static final int[] ODD_SIZES = {997, 1601, 313, 4409, 1, 2203, 89};

    /** Feeds {@code bytes} in odd-sized chunks, checking after each one that output keeps pace. */
    private static short[] convertInOddChunks(AudioFormat format, byte[] bytes) {
        AudioConverter converter = new AudioConverter(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int frame = format.bytesPerFrame();
        int at = 0;
        int i = 0;
        long produced = 0;
        // the filter looks ahead 16 zero crossings of the lower rate: 16 output frames when going down,
        // 32 when going up from 8 kHz; that many (plus one for rounding) may wait for the next chunk
        long lookAhead = format.sampleRate() < 16_000 ? 33 : 17;
        while (at < bytes.length) {
            int len = Math.min(ODD_SIZES[i++ % ODD_SIZES.length] * frame, bytes.length - at);
            short[] part = converter.convert(new AudioChunk(format, Arrays.copyOfRange(bytes, at, at + len)));
            at += len;
            produced += part.length;
            long ideal = (long) (at / frame) * 16_000 / format.sampleRate();
            assertThat(produced).as("output after %d input frames", at / frame).isBetween(ideal - lookAhead, ideal + 1);
            write(out, part);
        }
        write(out, converter.flush());
        ByteBuffer all = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        short[] result = new short[all.remaining() / 2];
        all.asShortBuffer().get(result);
        return result;
    }

    private static void write(ByteArrayOutputStream out, short[] samples) {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.asShortBuffer().put(samples);
        out.writeBytes(b.array());
    }

    private static int zeroCrossings(short[] s, int from, int to) {
        int n = 0;
        for (int i = from + 1; i < to; i++) {
            if ((s[i - 1] < 0) != (s[i] < 0)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void float48kStereoBecomes16kMonoWithTheSameToneAndLevelOverTenSeconds() {
        float[] tone = Sound.tone(440, 0.5, 10, 48_000);
        short[] out = convertInOddChunks(F32_48K_STEREO, Sound.bytes(F32_48K_STEREO, tone));

        assertThat(out.length).isCloseTo(160_000, within(1));
        // 8 s in the middle: 440 Hz means 880 zero crossings a second
        double hz = zeroCrossings(out, 16_000, 144_000) / 2.0 / 8.0;
        assertThat(hz).isCloseTo(440, within(0.5));
        assertThat(Sound.amplitudeAt(out, 16_000, 144_000, 440, 16_000)).isCloseTo(0.5, within(0.01));
    }

    @Test
    void s16At44100MonoBecomes16kWithoutDrift() {
        float[] tone = Sound.tone(440, 0.3, 10, 44_100);
        short[] out = convertInOddChunks(S16_44K_MONO, Sound.bytes(S16_44K_MONO, tone));

        assertThat(out.length).isCloseTo(160_000, within(1));
        // the last second still holds the tone in phase: no drift
        assertThat(Sound.amplitudeAt(out, 144_000, 159_000, 440, 16_000)).isCloseTo(0.3, within(0.01));
        double hz = zeroCrossings(out, 16_000, 144_000) / 2.0 / 8.0;
        assertThat(hz).isCloseTo(440, within(0.5));
        // the output matches an ideal 16 kHz tone sample by sample (same phase: no delay, no drift)
        float[] ideal = Sound.tone(440, 0.3, 10, 16_000);
        double worst = 0;
        for (int i = 1_000; i < 159_000; i++) {
            worst = Math.max(worst, Math.abs(out[i] / 32768.0 - ideal[i]));
        }
        assertThat(worst).isLessThan(0.01);
    }

    @Test
    void s16At44100StereoIsAveraged() {
        float[] left = Sound.tone(440, 0.4, 2, 44_100);
        float[] right = new float[left.length];
        short[] out = convertInOddChunks(S16_44K_STEREO, Sound.bytes(S16_44K_STEREO, left, right));

        assertThat(out.length).isCloseTo(32_000, within(1));
        assertThat(Sound.amplitudeAt(out, 3_200, 28_800, 440, 16_000)).isCloseTo(0.2, within(0.01));
    }

    @Test
    void oppositeChannelsCancelInTheDownmix() {
        float[] left = Sound.tone(440, 0.4, 1, 48_000);
        float[] right = new float[left.length];
        for (int i = 0; i < left.length; i++) {
            right[i] = -left[i];
        }
        short[] out = convertInOddChunks(F32_48K_STEREO, Sound.bytes(F32_48K_STEREO, left, right));
        assertThat(Sound.rms(out, 0, out.length)).isLessThan(1e-4);
    }

    @Test
    void a12kHzToneIsFilteredOutNotFoldedIntoSpeech() {
        // 12 kHz is above the 8 kHz a 16 kHz signal can hold: without a filter it folds to 4 kHz
        for (AudioFormat format : new AudioFormat[] {F32_48K_STEREO, S16_44K_MONO}) {
            float[] tone = Sound.tone(12_000, 0.5, 2, format.sampleRate());
            short[] out = convertInOddChunks(format, Sound.bytes(format, tone));
            double rms = Sound.rms(out, 1_600, out.length - 1_600);
            double attenuationDb = 20 * Math.log10(rms / (0.5 / Math.sqrt(2)));
            assertThat(attenuationDb).as(format.toString()).isLessThan(-60);
        }
    }

    @Test
    void aSpeechBandToneKeepsItsLevelThroughTheFilter() {
        float[] tone = Sound.tone(3_000, 0.5, 2, 48_000);
        short[] out = convertInOddChunks(F32_48K_STEREO, Sound.bytes(F32_48K_STEREO, tone));
        assertThat(Sound.amplitudeAt(out, 1_600, 30_400, 3_000, 16_000)).isCloseTo(0.5, within(0.01));
    }

    @Test
    void floatsBeyondFullScaleAreClampedAndNonNumbersAreSilence() {
        AudioFormat f32 = new AudioFormat(Encoding.F32LE, 16_000, 1);
        ByteBuffer b = ByteBuffer.allocate(5 * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.putFloat(1.5f)
                .putFloat(-3f)
                .putFloat(Float.NaN)
                .putFloat(Float.POSITIVE_INFINITY)
                .putFloat(0.5f);
        short[] out = new AudioConverter(f32).convert(new AudioChunk(f32, b.array()));
        assertThat(out).containsExactly((short) 32767, (short) -32768, (short) 0, (short) 0, (short) 16384);
    }

    @Test
    void loudFloatsAreClampedAfterResampling() {
        float[] tone = Sound.tone(440, 2.0, 1, 48_000);
        short[] out = convertInOddChunks(F32_48K_STEREO, Sound.bytes(F32_48K_STEREO, tone));
        int max = 0;
        for (short s : out) {
            max = Math.max(max, Math.abs((int) s));
        }
        assertThat(max).isBetween(32_767, 32_768);
    }

    @Test
    void sixteenKilohertzMonoPassesThroughUnchanged() {
        float[] tone = Sound.tone(440, 0.5, 0.1, 16_000);
        byte[] bytes = Sound.bytes(AudioFormat.RECOGNIZER, tone);
        short[] out = new AudioConverter(AudioFormat.RECOGNIZER).convert(new AudioChunk(AudioFormat.RECOGNIZER, bytes));
        assertThat(out).containsExactly(Sound.shorts(tone));
    }

    @Test
    void otherRatesKeepTheirDuration() {
        for (int rate : new int[] {8_000, 11_025, 22_050, 32_000, 96_000, 47_999}) {
            AudioFormat format = new AudioFormat(Encoding.F32LE, rate, 1);
            float[] tone = Sound.tone(440, 0.5, 3, rate);
            short[] out = convertInOddChunks(format, Sound.bytes(format, tone));
            assertThat(out.length).as("from %d Hz", rate).isCloseTo(48_000, within(1));
            assertThat(Sound.amplitudeAt(out, 3_200, 44_800, 440, 16_000))
                    .as("from %d Hz", rate)
                    .isCloseTo(0.5, within(0.01));
        }
    }
}
