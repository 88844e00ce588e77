package org.clinic.kiosk.speech;

import java.time.Duration;

/**
 * One sentence of speech held in memory: its format and its PCM samples (signed 16-bit,
 * little-endian), as the synthesizer made it, before any volume gain.
 */
public record SpokenAudio(PcmFormat format, byte[] pcm) {

    public SpokenAudio {
        if (pcm.length % format.bytesPerFrame() != 0) {
            throw new IllegalArgumentException("PCM data of " + pcm.length + " bytes is not whole frames");
        }
    }

    public Duration duration() {
        long frames = pcm.length / format.bytesPerFrame();
        return Duration.ofNanos(frames * 1_000_000_000L / format.sampleRate());
    }

    /** The whole sound as a WAV file with every sample multiplied by {@code gain}, clipped safely. */
    public byte[] wav(double gain) {
        return Wav.encode(format, gain == 1.0 ? pcm : Wav.applyGain(pcm, gain));
    }
}
