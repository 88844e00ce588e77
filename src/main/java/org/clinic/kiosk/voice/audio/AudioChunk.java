package org.clinic.kiosk.voice.audio;

import org.clinic.kiosk.voice.recognition.AudioFormat;

/**
 * A short piece of microphone audio (about 100 ms) as it arrived from the browser, held in memory
 * only and never written anywhere.
 *
 * @param format how {@code data} is laid out
 * @param data   whole frames of samples
 */
public record AudioChunk(AudioFormat format, byte[] data) {

    public AudioChunk {
        if (format == null || data == null) {
            throw new IllegalArgumentException("audio chunk without format or data");
        }
        if (data.length % format.bytesPerFrame() != 0) {
            throw new IllegalArgumentException("audio chunk of " + data.length + " bytes is not whole frames of "
                    + format.bytesPerFrame() + " bytes");
        }
    }

    public int frames() {
        return data.length / format.bytesPerFrame();
    }
}
