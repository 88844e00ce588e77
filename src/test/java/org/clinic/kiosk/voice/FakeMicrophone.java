package org.clinic.kiosk.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinic.kiosk.speech.SpokenAudio;
import org.clinic.kiosk.speech.freetts.FreeTtsSynthesizer;

/**
 * Chromium's fake microphone for browser tests, fed from a WAV file the test makes: silence, or a
 * question spoken by the kiosk's own FreeTTS voice between stretches of silence. The files are the
 * tests' own fixtures under {@code target/}; the kiosk itself never writes audio.
 */
public final class FakeMicrophone {

    public static final int RATE = 16_000;
    private static final Path FOLDER = Path.of("target", "fake-microphone");

    private FakeMicrophone() {}

    /** Chromium flags: grant the microphone without asking and feed it from {@code wav} (looped). */
    public static List<String> arguments(Path wav) {
        return List.of(
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + wav.toAbsolutePath());
    }

    /** A microphone in a quiet room: ten seconds of silence, looped. */
    public static Path silence() {
        return write("silence.wav", new short[RATE * 10]);
    }

    /**
     * {@code words} spoken by FreeTTS at 16 kHz mono, after {@code leadSeconds} and before
     * {@code tailSeconds} of silence.
     */
    public static Spoken spoken(String name, String words, double leadSeconds, double tailSeconds) {
        short[] speech = speak(words);
        int lead = (int) Math.round(leadSeconds * RATE);
        short[] all = new short[lead + speech.length + (int) Math.round(tailSeconds * RATE)];
        System.arraycopy(speech, 0, all, lead, speech.length);
        return new Spoken(write(name, all), all.length, lead, speech.length);
    }

    /**
     * A WAV made for the fake microphone.
     *
     * @param frames       all frames in the file
     * @param speechStart  the frame where the voice starts
     * @param speechFrames frames of the voice's own output (which has quiet edges of its own)
     */
    public record Spoken(Path wav, int frames, int speechStart, int speechFrames) {}

    static short[] speak(String words) {
        try (FreeTtsSynthesizer voice = new FreeTtsSynthesizer(1)) {
            SpokenAudio spoken = voice.synthesize(words, 1.0);
            if (spoken.format().sampleRate() != RATE || spoken.format().channels() != 1) {
                throw new IllegalStateException("FreeTTS spoke " + spoken.format() + ", not 16 kHz mono");
            }
            short[] speech = new short[spoken.pcm().length / 2];
            ByteBuffer.wrap(spoken.pcm())
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .asShortBuffer()
                    .get(speech);
            return speech;
        }
    }

    private static Path write(String name, short[] samples) {
        ByteBuffer wav = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + samples.length * 2).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
        wav.putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes()).putInt(samples.length * 2);
        for (short s : samples) {
            wav.putShort(s);
        }
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name);
            Files.write(file, wav.array());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
