package org.clinic.kiosk.voice.recognition;

import java.time.Duration;

/**
 * How the samples of an {@link AudioChunk} are laid out. The recognizer always gets
 * {@link #RECOGNIZER}: 16 kHz, mono, 16-bit little-endian. The browser normally sends that already;
 * anything else it declares is converted in one place ({@code voice.audio}).
 *
 * @param encoding   signed 16-bit or 32-bit float samples, little-endian
 * @param sampleRate frames per second, 8000 to 96000
 * @param channels   1 (mono) or 2 (stereo, interleaved)
 */
public record AudioFormat(Encoding encoding, int sampleRate, int channels) {

    /** What every {@link SpeechRecognizer} is fed. */
    public static final AudioFormat RECOGNIZER = new AudioFormat(Encoding.S16LE, 16_000, 1);

    public AudioFormat {
        if (encoding == null) {
            throw new IllegalArgumentException("audio encoding missing");
        }
        if (sampleRate < 8_000 || sampleRate > 96_000) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " outside 8000 to 96000");
        }
        if (channels < 1 || channels > 2) {
            throw new IllegalArgumentException(channels + " channels: only mono or stereo");
        }
    }

    public enum Encoding {
        /** Signed 16-bit integers, little-endian. */
        S16LE(2),
        /** 32-bit IEEE floats from -1 to 1, little-endian (what Web Audio produces). */
        F32LE(4);

        private final int bytesPerSample;

        Encoding(int bytesPerSample) {
            this.bytesPerSample = bytesPerSample;
        }

        public int bytesPerSample() {
            return bytesPerSample;
        }
    }

    /** Bytes of one frame: one sample for each channel. */
    public int bytesPerFrame() {
        return encoding.bytesPerSample() * channels;
    }

    /** How long {@code bytes} of this format last. */
    public Duration durationOf(long bytes) {
        long frames = bytes / bytesPerFrame();
        return Duration.ofNanos(frames * 1_000_000_000L / sampleRate);
    }
}
