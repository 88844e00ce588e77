package org.clinic.kiosk.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clinic.kiosk.voice.audio.AudioChunk;
import org.clinic.kiosk.voice.recognition.AudioFormat;

/**
 * A test's mono 16-bit recording at its own sample rate (a synthetic voice's WAV under {@code
 * target/}, or a sound made for the test), and the 100 ms chunks a browser would send of it.
 */
public record Recording(int rate, short[] samples) {

    /** Reads a 16-bit PCM WAV (mono, or stereo averaged to mono). */
    public static Recording read(Path wav) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
            if (bytes.getInt(0) != 0x46464952 || bytes.getInt(8) != 0x45564157) { // "RIFF" ... "WAVE"
                throw new IllegalArgumentException(wav + " is not a WAV file");
            }
            int at = 12;
            int channels = 0;
            int rate = 0;
            while (at + 8 <= bytes.limit()) {
                int id = bytes.getInt(at);
                int size = bytes.getInt(at + 4);
                if (id == 0x20746d66) { // "fmt "
                    channels = bytes.getShort(at + 10);
                    rate = bytes.getInt(at + 12);
                    if (bytes.getShort(at + 8) != 1 || bytes.getShort(at + 22) != 16) {
                        throw new IllegalArgumentException(wav + " is not 16-bit PCM");
                    }
                } else if (id == 0x61746164) { // "data"
                    int frames = Math.min(size, bytes.limit() - at - 8) / 2 / channels;
                    short[] mono = new short[frames];
                    for (int f = 0; f < frames; f++) {
                        int sum = 0;
                        for (int c = 0; c < channels; c++) {
                            sum += bytes.getShort(at + 8 + (f * channels + c) * 2);
                        }
                        mono[f] = (short) (sum / channels);
                    }
                    return new Recording(rate, mono);
                }
                at += 8 + size + (size & 1);
            }
            throw new IllegalArgumentException(wav + " has no audio");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public double seconds() {
        return samples.length / (double) rate;
    }

    /**
     * The recording between {@code leadSeconds} and {@code tailSeconds} of a quiet room (faint noise
     * 70 dB under full scale, as a microphone hears it, never digital silence).
     */
    public Recording inQuietRoom(double leadSeconds, double tailSeconds) {
        int lead = (int) Math.round(leadSeconds * rate);
        short[] all = new short[lead + samples.length + (int) Math.round(tailSeconds * rate)];
        Random random = new Random(samples.length);
        for (int i = 0; i < all.length; i++) {
            all[i] = (short) Math.round(random.nextGaussian() * 10);
        }
        for (int i = 0; i < samples.length; i++) {
            all[lead + i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, all[lead + i] + samples[i]));
        }
        return new Recording(rate, all);
    }

    /** 100 ms chunks of 16-bit mono audio at the recording's own rate, as the browser sends them. */
    public List<AudioChunk> chunks() {
        AudioFormat format = new AudioFormat(AudioFormat.Encoding.S16LE, rate, 1);
        int frames = rate / 10;
        List<AudioChunk> chunks = new ArrayList<>();
        for (int at = 0; at < samples.length; at += frames) {
            int n = Math.min(frames, samples.length - at);
            ByteBuffer data = ByteBuffer.allocate(n * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < n; i++) {
                data.putShort(samples[at + i]);
            }
            chunks.add(new AudioChunk(format, data.array()));
        }
        return chunks;
    }

    /** Writes the recording as a 16-bit mono WAV (test fixtures under {@code target/} only). */
    public Path write(Path wav) {
        ByteBuffer out = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x46464952).putInt(36 + samples.length * 2).putInt(0x45564157);
        out.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) 1);
        out.putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        out.putInt(0x61746164).putInt(samples.length * 2);
        for (short s : samples) {
            out.putShort(s);
        }
        try {
            Files.createDirectories(wav.toAbsolutePath().getParent());
            Files.write(wav, out.array());
            return wav;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
