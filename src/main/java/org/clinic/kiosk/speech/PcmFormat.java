package org.clinic.kiosk.speech;

/** Signed 16-bit little-endian PCM, the one sample format the speech feature passes around. */
public record PcmFormat(int sampleRate, int channels) {

    public static final int BITS_PER_SAMPLE = 16;

    public PcmFormat {
        if (sampleRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException("Bad audio format: " + sampleRate + " Hz, " + channels + " channels");
        }
    }

    public int bytesPerFrame() {
        return channels * BITS_PER_SAMPLE / 8;
    }
}
