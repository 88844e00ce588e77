package org.clinic.kiosk.speech.freetts;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/**
 * FreeTTS's sound goes here instead of to a sound device (its default players hang on a machine
 * without one). Collects the samples in memory; volume is ignored here because the kiosk applies
 * gain when it serves the sound, after the cache.
 */
final class MemoryAudioPlayer implements AudioPlayer {

    private final ByteArrayOutputStream samples = new ByteArrayOutputStream(64 * 1024);
    private AudioFormat format;
    private float volume = 1.0f;

    /** Empties the buffer before a new sentence. */
    void clear() {
        samples.reset();
    }

    byte[] samples() {
        return samples.toByteArray();
    }

    @Override
    public void setAudioFormat(AudioFormat format) {
        this.format = format;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public boolean write(byte[] audioData) {
        return write(audioData, 0, audioData.length);
    }

    @Override
    public boolean write(byte[] bytes, int offset, int size) {
        samples.write(bytes, offset, size);
        return true;
    }

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float volume) {
        this.volume = volume;
    }

    @Override
    public void pause() {}

    @Override
    public void resume() {}

    @Override
    public void reset() {}

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void begin(int size) {}

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public void cancel() {}

    @Override
    public void close() {}

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {}

    @Override
    public void startFirstSampleTimer() {}

    @Override
    public void showMetrics() {}
}
