package org.clinic.kiosk.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clinic.kiosk.speech.SpokenAudio;
import org.clinic.kiosk.speech.freetts.FreeTtsSynthesizer;

/**
 * The offline voices tests speak questions with: the kiosk's own FreeTTS kevin16, Debian's {@code
 * flite} voices slt (a woman), rms and awb (men, awb Scottish), and {@code espeak-ng}. Each phrase
 * becomes a WAV file under {@code target/spoken/} (made once, kept between runs of the build,
 * never committed).
 */
public enum TestVoice {
    KEVIN16("FreeTTS kevin16"),
    SLT("flite slt"),
    RMS("flite rms"),
    AWB("flite awb"),
    ESPEAK("espeak-ng en-us");

    private static final Path FOLDER = Path.of("target", "spoken");
    private static FreeTtsSynthesizer freeTts;

    private final String label;

    TestVoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this machine can speak with this voice (FreeTTS always; the others need their program). */
    public boolean available() {
        return switch (this) {
            case KEVIN16 -> true;
            case SLT, RMS, AWB -> onPath("flite");
            case ESPEAK -> onPath("espeak-ng");
        };
    }

    /** {@code text} spoken by this voice, from its WAV under {@code target/spoken/}. */
    public Recording say(String text) {
        Path wav = FOLDER.resolve(name().toLowerCase(java.util.Locale.ROOT)).resolve(digest(text) + ".wav");
        if (!Files.isRegularFile(wav)) {
            make(text, wav);
        }
        return Recording.read(wav);
    }

    /** {@code text} spoken by this voice through a temporary WAV, deleted at once: nothing is kept. */
    public Recording sayWithoutKeeping(String text) {
        try {
            Path folder = Files.createTempDirectory("spoken-");
            Path wav = folder.resolve("heard.wav");
            try {
                make(text, wav);
                return Recording.read(wav);
            } finally {
                Files.deleteIfExists(wav);
                Files.deleteIfExists(wav.resolveSibling(wav.getFileName() + ".part"));
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void make(String text, Path wav) {
        try {
            Files.createDirectories(wav.getParent());
            Path part = wav.resolveSibling(wav.getFileName() + ".part");
            switch (this) {
                case KEVIN16 -> freeTts(text).write(part);
                case SLT, RMS, AWB ->
                    run(List.of(
                            "flite",
                            "-voice",
                            name().toLowerCase(java.util.Locale.ROOT),
                            "-t",
                            text,
                            "-o",
                            part.toString()));
                case ESPEAK -> run(List.of("espeak-ng", "-v", "en-us", "-w", part.toString(), text));
            }
            Files.move(part, wav, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Recording freeTts(String text) {
        if (freeTts == null) {
            freeTts = new FreeTtsSynthesizer(1);
        }
        SpokenAudio audio = freeTts.synthesize(text, 1.0);
        short[] samples = new short[audio.pcm().length / 2];
        ByteBuffer.wrap(audio.pcm())
                .order(ByteOrder.LITTLE_ENDIAN)
                .asShortBuffer()
                .get(samples);
        if (audio.format().channels() != 1) {
            throw new IllegalStateException("FreeTTS spoke " + audio.format());
        }
        return new Recording(audio.format().sampleRate(), samples);
    }

    /** Runs a program to its end (at most 60 s); fails with its output if it fails. */
    public static void run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(
                        command.getFirst() + " failed: " + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
