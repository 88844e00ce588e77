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
     * {@code first} spoken by FreeTTS after {@code leadSeconds} of silence, then {@code then} said
     * {@code times} times, each after {@code gapSeconds} of silence, and a last gap: a patient's
     * question and the follow-up they repeat, for a microphone that loops the file. The returned
     * speech is {@code first}'s.
     */
    public static Spoken conversation(
            String name, String first, String then, int times, double leadSeconds, double gapSeconds) {
        short[] question = speak(first);
        short[] followUp = speak(then);
        int lead = (int) Math.round(leadSeconds * RATE);
        int gap = (int) Math.round(gapSeconds * RATE);
        short[] all = new short[lead + question.length + times * (gap + followUp.length) + gap];
        System.arraycopy(question, 0, all, lead, question.length);
        for (int i = 0; i < times; i++) {
            System.arraycopy(
                    followUp, 0, all, lead + question.length + gap + i * (gap + followUp.length), followUp.length);
        }
        return new Spoken(write(name, all), all.length, lead, question.length);
    }

    /**
     * A WAV made for the fake microphone.
     *
     * @param frames       all frames in the file
     * @param speechStart  the frame where the voice starts
     * @param speechFrames frames of the voice's own output (which has quiet edges of its own)
     */
    public record Spoken(Path wav, int frames, int speechStart, int speechFrames) {

        /** The voice's own samples, read back from the file (16 kHz mono). */
        public short[] speech() {
            try {
                byte[] bytes = Files.readAllBytes(wav);
                short[] speech = new short[speechFrames];
                ByteBuffer.wrap(bytes, 44 + speechStart * 2, speechFrames * 2)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .asShortBuffer()
                        .get(speech);
                return speech;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * First and last 20 ms frame (as a sample range) louder than 35 dB below the loudest frame:
     * where the speech starts and ends, whatever gain the browser applied.
     */
    public static int[] speechSpan(short[] samples) {
        int frame = 320;
        int frames = samples.length / frame;
        double[] level = new double[frames];
        double loudest = -200;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = f * frame; i < (f + 1) * frame; i++) {
                sum += (double) samples[i] * samples[i];
            }
            level[f] = 10 * Math.log10(sum / frame / (32768.0 * 32768.0) + 1e-12);
            loudest = Math.max(loudest, level[f]);
        }
        int first = -1;
        int last = -1;
        for (int f = 0; f < frames; f++) {
            if (level[f] > loudest - 35) {
                if (first < 0) {
                    first = f;
                }
                last = f;
            }
        }
        return new int[] {first * frame, (last + 1) * frame};
    }

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
