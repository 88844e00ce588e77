package org.clinic.kiosk.voice.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.clinic.kiosk.voice.recognition.AudioFormat;

/**
 * Turns one stream of browser audio in any {@link AudioFormat} into {@link AudioFormat#RECOGNIZER}
 * samples (16 kHz, mono, 16-bit): channels are averaged, floats are clamped to 16 bits, and other
 * rates are resampled with a windowed-sinc low-pass filter (Blackman window) whose cut-off sits
 * below the lower of the two Nyquist frequencies, so nothing above 8 kHz folds back into speech.
 *
 * <p>Stateful, one per stream and question: it keeps the last input samples the filter needs, and
 * counts input and output frames exactly (output frame n lies at input time n × rate / 16000), so
 * chunks of any size join without clicks or drift. Not thread-safe. This is the only place audio
 * formats are converted.
 */
final class AudioConverter {

    static final int OUTPUT_RATE = AudioFormat.RECOGNIZER.sampleRate();

    /** Zero crossings of the sinc on each side, counted at the lower of the two rates. */
    private static final int ZERO_CROSSINGS = 16;

    /** Cut-off as a share of the lower Nyquist frequency (leaves room for the transition band). */
    private static final double CUTOFF = 0.9;

    /** Phases whose kernels are kept in a table; rarer rates compute them on the fly. */
    private static final int MAX_TABLE_PHASES = 2_048;

    private final AudioFormat format;
    private final boolean resample;
    /** Input samples on each side of an output sample that the filter reads. */
    private final int half;

    private final double cutoff;
    private final int phases;
    private final int phaseStep;
    private final float[][] kernels;

    /** Mono input samples not yet used up; history[0] is input frame {@code historyStart}. */
    private float[] history;

    private int historyLength;
    private long historyStart;
    private long inputFrames;
    private long outputFrames;

    AudioConverter(AudioFormat format) {
        this.format = format;
        int rate = format.sampleRate();
        this.resample = rate != OUTPUT_RATE;
        double scale = Math.min(1.0, (double) OUTPUT_RATE / rate);
        this.cutoff = 0.5 * scale * CUTOFF; // cycles per input sample
        this.half = resample ? (int) Math.ceil(ZERO_CROSSINGS / scale) : 0;
        int gcd = gcd(rate, OUTPUT_RATE);
        this.phases = OUTPUT_RATE / gcd;
        this.phaseStep = rate / gcd;
        this.kernels = resample && phases <= MAX_TABLE_PHASES ? new float[phases][] : null;
        // the filter is centred: before the stream starts it reads silence
        this.history = new float[Math.max(1024, 4 * half + 4096)];
        this.historyLength = half;
        this.historyStart = -half;
    }

    AudioFormat format() {
        return format;
    }

    /** Converts one chunk; returns the 16 kHz samples that are complete so far (may be none). */
    short[] convert(AudioChunk chunk) {
        if (!chunk.format().equals(format)) {
            throw new IllegalArgumentException("chunk in " + chunk.format() + " given to a converter for " + format);
        }
        float[] mono = decode(chunk);
        if (!resample) {
            inputFrames += mono.length;
            outputFrames += mono.length;
            return toShorts(mono, mono.length);
        }
        append(mono);
        inputFrames += mono.length;
        return produce(inputFrames);
    }

    /** Ends the stream: the last samples, reading silence after the end. */
    short[] flush() {
        if (!resample) {
            return new short[0];
        }
        long target = (inputFrames * OUTPUT_RATE + format.sampleRate() - 1) / format.sampleRate();
        append(new float[half + 1]);
        short[] out = produceUntil(target, inputFrames + half + 1);
        return out;
    }

    /** Input frames taken so far. */
    long inputFrames() {
        return inputFrames;
    }

    /** 16 kHz frames given out so far. */
    long outputFrames() {
        return outputFrames;
    }

    private short[] produce(long available) {
        return produceUntil(Long.MAX_VALUE, available);
    }

    /** Makes output frames while their filter window lies inside {@code available} input frames. */
    private short[] produceUntil(long maxOutput, long available) {
        int rate = format.sampleRate();
        // output n needs input frames up to floor(n * rate / 16000) + half
        long lastCentre = available - 1 - half;
        long possible = lastCentre < 0 ? 0 : Math.floorDiv(lastCentre * OUTPUT_RATE, rate) + 1;
        long until = Math.min(possible, maxOutput);
        int count = (int) Math.max(0, until - outputFrames);
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            long n = outputFrames + i;
            long position = n * rate;
            long centre = position / OUTPUT_RATE;
            int phase = (int) ((position % OUTPUT_RATE) / phaseStepDivisor());
            float[] kernel = kernel(phase);
            int first = (int) (centre - half + 1 - historyStart);
            double sum = 0;
            for (int k = 0; k < kernel.length; k++) {
                sum += kernel[k] * history[first + k];
            }
            out[i] = (float) sum;
        }
        outputFrames += count;
        // forget input that no later output frame reads
        long keepFrom = Math.floorDiv(outputFrames * rate, OUTPUT_RATE) - half + 1;
        discardBefore(keepFrom);
        return toShorts(out, count);
    }

    private int phaseStepDivisor() {
        return OUTPUT_RATE / phases;
    }

    /** The 2 × half taps for an output frame lying {@code phase / phases} of an input frame after its centre. */
    private float[] kernel(int phase) {
        if (kernels != null && kernels[phase] != null) {
            return kernels[phase];
        }
        double fraction = (double) phase / phases;
        float[] taps = new float[2 * half];
        double sum = 0;
        for (int k = 0; k < taps.length; k++) {
            // tap k reads input frame centre - half + 1 + k, at distance d from the output time
            double d = (k - half + 1) - fraction;
            double x = 2 * cutoff * d;
            double sinc = d == 0 ? 1.0 : Math.sin(Math.PI * x) / (Math.PI * x);
            double w = (d + half) / (2.0 * half); // 0..1 across the window
            double blackman =
                    w <= 0 || w >= 1 ? 0 : 0.42 - 0.5 * Math.cos(2 * Math.PI * w) + 0.08 * Math.cos(4 * Math.PI * w);
            taps[k] = (float) (sinc * blackman);
            sum += taps[k];
        }
        for (int k = 0; k < taps.length; k++) {
            taps[k] = (float) (taps[k] / sum); // unity gain at 0 Hz
        }
        if (kernels != null) {
            kernels[phase] = taps;
        }
        return taps;
    }

    private void append(float[] samples) {
        if (historyLength + samples.length > history.length) {
            float[] bigger = new float[Math.max(history.length * 2, historyLength + samples.length)];
            System.arraycopy(history, 0, bigger, 0, historyLength);
            history = bigger;
        }
        System.arraycopy(samples, 0, history, historyLength, samples.length);
        historyLength += samples.length;
    }

    private void discardBefore(long frame) {
        int drop = (int) Math.min(historyLength, Math.max(0, frame - historyStart));
        if (drop > 0) {
            System.arraycopy(history, drop, history, 0, historyLength - drop);
            historyLength -= drop;
            historyStart += drop;
        }
    }

    /** Mono samples from -1 to 1 (channels averaged). */
    private float[] decode(AudioChunk chunk) {
        ByteBuffer bytes = ByteBuffer.wrap(chunk.data()).order(ByteOrder.LITTLE_ENDIAN);
        int channels = format.channels();
        int frames = chunk.frames();
        float[] mono = new float[frames];
        boolean floats = format.encoding() == AudioFormat.Encoding.F32LE;
        for (int i = 0; i < frames; i++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                double sample = floats ? finite(bytes.getFloat()) : bytes.getShort() / 32768.0;
                sum += sample;
            }
            mono[i] = (float) (sum / channels);
        }
        return mono;
    }

    private static double finite(float value) {
        return Float.isFinite(value) ? value : 0.0;
    }

    private static short[] toShorts(float[] samples, int count) {
        short[] out = new short[count];
        for (int i = 0; i < count; i++) {
            double scaled = Math.round(samples[i] * 32768.0);
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, scaled));
        }
        return out;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
