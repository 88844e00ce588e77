package org.clinic.kiosk.voice.recognition.vosk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import org.clinic.kiosk.speech.SpokenAudio;
import org.clinic.kiosk.speech.freetts.FreeTtsSynthesizer;
import org.clinic.kiosk.voice.recognition.AudioFormat;

/** Questions spoken by the kiosk's own FreeTTS voice, as 16 kHz mono samples for the recognizer. */
final class SpokenQuestions {

    /** About 100 ms, the size of the browser's chunks. */
    static final int CHUNK = AudioFormat.RECOGNIZER.sampleRate() / 10;

    private SpokenQuestions() {}

    static short[] speak(FreeTtsSynthesizer voice, String text) {
        SpokenAudio audio = voice.synthesize(text, 1.0);
        ShortBuffer pcm =
                ByteBuffer.wrap(audio.pcm()).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        int channels = audio.format().channels();
        short[] mono = new short[pcm.remaining() / channels];
        for (int i = 0; i < mono.length; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += pcm.get(i * channels + c);
            }
            mono[i] = (short) (sum / channels);
        }
        return resample(mono, audio.format().sampleRate(), AudioFormat.RECOGNIZER.sampleRate());
    }

    /** Linear interpolation: enough for a test voice (FreeTTS's kevin16 already speaks at 16 kHz). */
    private static short[] resample(short[] in, int from, int to) {
        if (from == to) {
            return in;
        }
        short[] out = new short[(int) ((long) in.length * to / from)];
        for (int i = 0; i < out.length; i++) {
            double at = (double) i * from / to;
            int left = (int) at;
            int right = Math.min(left + 1, in.length - 1);
            double share = at - left;
            out[i] = (short) Math.round(in[left] * (1 - share) + in[right] * share);
        }
        return out;
    }

    static double seconds(short[] samples) {
        return samples.length / (double) AudioFormat.RECOGNIZER.sampleRate();
    }
}
