package org.clinic.kiosk.voice.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.recognition.AudioFormat;

/** Synthetic audio for the tests: tones, noise and silence, as floats or as bytes of any format. */
final class Sound {

    static final AudioFormat PCM16K = AudioFormat.RECOGNIZER;

    private Sound() {}

    /** The kiosk's default voice settings (600 ms end silence, 8 s no speech, 15 s max). */
    static VoiceSettings settings() {
        return settings(Duration.ofSeconds(8), Duration.ofSeconds(15));
    }

    static VoiceSettings settings(Duration noSpeech, Duration max) {
        return new VoiceSettings(
                false,
                "hello kiosk",
                Path.of("voice-models/none"),
                Duration.ofMillis(600),
                noSpeech,
                max,
                false,
                VoiceSettings.Engine.AUTO,
                Path.of("voice-models/none"),
                false);
    }

    static float[] tone(double hz, double amplitude, double seconds, int rate) {
        float[] out = new float[(int) Math.round(seconds * rate)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return out;
    }

    static float[] noise(double rms, double seconds, int rate, long seed) {
        Random random = new Random(seed);
        float[] out = new float[(int) Math.round(seconds * rate)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (rms * random.nextGaussian());
        }
        return out;
    }

    static float[] silence(double seconds, int rate) {
        return new float[(int) Math.round(seconds * rate)];
    }

    static float[] join(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static float[] add(float[] a, float[] b) {
        float[] out = a.clone();
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            out[i] += b[i];
        }
        return out;
    }

    /** Bytes of {@code format}; with two channels the left gets {@code left} and the right {@code right}. */
    static byte[] bytes(AudioFormat format, float[] left, float[] right) {
        int frames = left.length;
        ByteBuffer out = ByteBuffer.allocate(frames * format.bytesPerFrame()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < format.channels(); c++) {
                float v = c == 0 ? left[i] : right[i];
                if (format.encoding() == AudioFormat.Encoding.F32LE) {
                    out.putFloat(v);
                } else {
                    out.putShort((short) Math.max(-32768, Math.min(32767, Math.round(v * 32768.0))));
                }
            }
        }
        return out.array();
    }

    static byte[] bytes(AudioFormat format, float[] mono) {
        return bytes(format, mono, mono);
    }

    static short[] shorts(float[] mono) {
        short[] out = new short[mono.length];
        for (int i = 0; i < mono.length; i++) {
            out[i] = (short) Math.max(-32768, Math.min(32767, Math.round(mono[i] * 32768.0)));
        }
        return out;
    }

    /** Amplitude of the {@code hz} component (Goertzel), for a sine of amplitude A about A. */
    static double amplitudeAt(short[] samples, int from, int to, double hz, int rate) {
        double w = 2 * Math.PI * hz / rate;
        double coeff = 2 * Math.cos(w);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < to; i++) {
            double s = samples[i] / 32768.0 + coeff * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        return 2 * Math.sqrt(Math.max(0, power)) / (to - from);
    }

    static double rms(short[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double v = samples[i] / 32768.0;
            sum += v * v;
        }
        return Math.sqrt(sum / (to - from));
    }
}
