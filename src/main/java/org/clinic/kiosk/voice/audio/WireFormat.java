package org.clinic.kiosk.voice.audio;

import java.util.Locale;
import org.clinic.kiosk.voice.recognition.AudioFormat;

/**
 * The format line the browser sends with every chunk, in the {@value #HEADER} header:
 * {@code s16le;rate=16000;channels=1} or {@code f32le;rate=48000;channels=2}. Anything else is
 * refused with a message saying what was wrong.
 */
public final class WireFormat {

    public static final String HEADER = "X-Kiosk-Audio";

    /** The longest chunk accepted: one second of audio (the browser sends about 100 ms). */
    public static final int MAX_CHUNK_MILLIS = 1_000;

    private WireFormat() {}

    /**
     * Reads a format line.
     *
     * @throws IllegalArgumentException with a message fit for the reply, when it is missing or bad
     */
    public static AudioFormat parse(String line) {
        if (line == null || line.isBlank()) {
            throw new IllegalArgumentException("missing " + HEADER + " header, e.g. s16le;rate=16000;channels=1");
        }
        if (line.length() > 100) {
            throw new IllegalArgumentException(HEADER + " header too long");
        }
        String[] parts = line.strip().toLowerCase(Locale.ROOT).split(";");
        AudioFormat.Encoding encoding =
                switch (parts[0].strip()) {
                    case "s16le" -> AudioFormat.Encoding.S16LE;
                    case "f32le" -> AudioFormat.Encoding.F32LE;
                    default ->
                        throw new IllegalArgumentException(
                                "unknown audio encoding in " + HEADER + ": only s16le or f32le");
                };
        Integer rate = null;
        Integer channels = null;
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].strip().split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException(HEADER + " parts must be name=value");
            }
            int value = number(pair[0].strip(), pair[1].strip());
            switch (pair[0].strip()) {
                case "rate" -> rate = value;
                case "channels" -> channels = value;
                default -> throw new IllegalArgumentException("unknown part in " + HEADER + ": only rate and channels");
            }
        }
        if (rate == null || channels == null) {
            throw new IllegalArgumentException(HEADER + " needs rate= and channels=");
        }
        return new AudioFormat(encoding, rate, channels); // checks the ranges with a clear message
    }

    /**
     * A chunk of {@code format} from the body of one POST.
     *
     * @throws IllegalArgumentException when it is empty, longer than {@link #MAX_CHUNK_MILLIS} or not whole frames
     */
    public static AudioChunk chunk(AudioFormat format, byte[] body) {
        if (body.length == 0) {
            throw new IllegalArgumentException("empty audio chunk");
        }
        if (body.length > maxChunkBytes(format)) {
            throw new IllegalArgumentException("audio chunk longer than " + MAX_CHUNK_MILLIS + " ms");
        }
        return new AudioChunk(format, body); // whole frames only
    }

    /** Bytes in {@link #MAX_CHUNK_MILLIS} of {@code format}. */
    public static int maxChunkBytes(AudioFormat format) {
        return (int) ((long) format.sampleRate() * MAX_CHUNK_MILLIS / 1000 * format.bytesPerFrame());
    }

    private static int number(String name, String value) {
        if (!value.matches("[0-9]{1,6}")) {
            throw new IllegalArgumentException(HEADER + " " + name + " must be a whole number");
        }
        return Integer.parseInt(value);
    }
}
