package org.clinic.kiosk.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinic.kiosk.shell.Sentences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The speech feature's public face: prepares screen text for the ear, makes its sound through
 * the {@link SpeechSynthesizer} sentence by sentence, keeps recent sentences in a bounded cache,
 * warms that cache in the background, and writes WAV with the chosen volume when it is served.
 */
public final class SpeechOutput implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SpeechOutput.class);

    /** How full the cache is, for the log and the benchmark. */
    public record CacheStats(int entries, long bytes, long maxBytes, long hits, long misses) {}

    private final SpeechSynthesizer synthesizer;
    private final EarText ear;
    private final SpeechCache cache;
    private final ExecutorService ahead;
    private final ExecutorService warmUp;

    SpeechOutput(SpeechSynthesizer synthesizer, Pronunciations pronunciations, long cacheBytes) {
        this.synthesizer = synthesizer;
        this.ear = new EarText(pronunciations);
        this.cache = new SpeechCache(cacheBytes);
        this.ahead = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("speech-ahead").factory());
        this.warmUp = Executors.newSingleThreadExecutor(Thread.ofPlatform()
                .daemon()
                .name("speech-warm-up")
                .priority(Thread.MIN_PRIORITY)
                .factory());
    }

    /**
     * Speech with the built-in pronunciations and the clinic's file on top (when there is one); a
     * bad line in it is logged with the file and line number and skipped.
     */
    public static SpeechOutput create(SpeechSynthesizer synthesizer, Path pronunciationFile, long cacheBytes) {
        Pronunciations pronunciations = Pronunciations.builtInWith(pronunciationFile);
        pronunciations.problems().forEach(problem -> LOG.warn("Pronunciations: {}", problem));
        LOG.info(
                "Speech: voice {}, {} pronunciations (built-in, and the clinic's {} when present), cache up to {} MB",
                synthesizer.voiceName(),
                pronunciations.size(),
                pronunciationFile.toAbsolutePath(),
                cacheBytes / (1024 * 1024));
        return new SpeechOutput(synthesizer, pronunciations, cacheBytes);
    }

    /** The pieces a text is said in (and shown highlighted in), in order. */
    public static List<String> sentencesOf(String text) {
        return Sentences.split(text);
    }

    /** The text as it will be handed to the voice. */
    public String forTheEar(String text) {
        return ear.prepare(text);
    }

    /**
     * The sound of one line at a rate, from the cache or made now; empty when the line has
     * nothing that can be said.
     *
     * @throws SpeechException when the voice fails
     */
    public Optional<SpokenAudio> speak(String text, SpeechRate rate) {
        String prepared = ear.prepare(text);
        if (prepared.isEmpty()) {
            return Optional.empty();
        }
        SpeechCache.Key key = new SpeechCache.Key(prepared, synthesizer.voiceName(), rate.factor());
        Optional<SpokenAudio> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached;
        }
        SpokenAudio audio = synthesizer.synthesize(prepared, rate.factor());
        cache.put(key, audio);
        return Optional.of(audio);
    }

    /** Makes the next lines in the background so they are ready when the current one ends. */
    public Future<?> prepareAhead(List<String> texts, SpeechRate rate) {
        List<String> copy = List.copyOf(texts);
        return ahead.submit(() -> copy.forEach(text -> quietly(text, rate)));
    }

    /**
     * Loads the voice, then fills the cache with these texts at this rate, one at a time, at low
     * priority.
     */
    public Future<?> warmUpInBackground(Collection<String> texts, SpeechRate rate) {
        List<String> lines = new ArrayList<>();
        texts.forEach(text -> lines.addAll(Sentences.split(text)));
        return warmUp.submit(() -> {
            long start = System.nanoTime();
            try {
                synthesizer.load();
            } catch (RuntimeException e) {
                LOG.warn("Speech could not load its voice: {}", e.toString());
            }
            LOG.info(
                    "Speech: voice {} loaded in {} ms",
                    synthesizer.voiceName(),
                    (System.nanoTime() - start) / 1_000_000);
            lines.forEach(line -> quietly(line, rate));
            CacheStats stats = cache.stats();
            LOG.info(
                    "Speech warm-up: {} sentences ready in {} ms, cache {} entries, {} KB",
                    lines.size(),
                    (System.nanoTime() - start) / 1_000_000,
                    stats.entries(),
                    stats.bytes() / 1024);
        });
    }

    private void quietly(String text, SpeechRate rate) {
        try {
            speak(text, rate);
        } catch (RuntimeException e) {
            LOG.warn("Speech could not prepare a sentence: {}", e.toString());
        }
    }

    /** Writes the sound as WAV with the volume's gain applied; returns the bytes written. */
    public static int writeWav(SpokenAudio audio, SpeechVolume volume, OutputStream out) throws IOException {
        byte[] wav = audio.wav(volume.gain());
        out.write(wav);
        return wav.length;
    }

    public CacheStats cacheStats() {
        return cache.stats();
    }

    @Override
    public void close() {
        ahead.shutdownNow();
        warmUp.shutdownNow();
    }
}
