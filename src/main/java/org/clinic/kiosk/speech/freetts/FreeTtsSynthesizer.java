package org.clinic.kiosk.speech.freetts;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sound.sampled.AudioFormat;
import org.clinic.kiosk.speech.PcmFormat;
import org.clinic.kiosk.speech.SpeechException;
import org.clinic.kiosk.speech.SpeechSynthesizer;
import org.clinic.kiosk.speech.SpokenAudio;

/**
 * FreeTTS with the kevin16 voice (16 kHz, 16-bit mono), synthesizing into memory.
 *
 * <p>The traps this class deals with: the voice is taken straight from {@link KevinVoiceDirectory}
 * (no {@code freetts.voices} property or VoiceManager search, which finds nothing by default);
 * each voice gets a {@link MemoryAudioPlayer} before it says its first word; a {@code Voice} is not
 * thread-safe, so each is used by one thread at a time from a small pool, and voices are
 * allocated one at a time: all of them by {@link #load()} in the background after start-up, or
 * when the pool first needs them.
 */
public final class FreeTtsSynthesizer implements SpeechSynthesizer, AutoCloseable {

    static final String VOICE = "kevin16";
    /** kevin16's normal speed in words per minute. */
    static final float NORMAL_WORDS_PER_MINUTE = 150f;

    private record PooledVoice(Voice voice, MemoryAudioPlayer player) {}

    private final int maxVoices;
    private final BlockingQueue<PooledVoice> idle;
    private final List<PooledVoice> all = new ArrayList<>();

    public FreeTtsSynthesizer(int maxVoices) {
        if (maxVoices < 1) {
            throw new IllegalArgumentException("At least one voice is needed");
        }
        this.maxVoices = maxVoices;
        this.idle = new ArrayBlockingQueue<>(maxVoices);
    }

    @Override
    public String voiceName() {
        return "freetts-" + VOICE;
    }

    @Override
    public SpokenAudio synthesize(String text, double rate) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Nothing to say");
        }
        if (!(rate > 0.2 && rate < 5)) {
            throw new IllegalArgumentException("Rate out of range: " + rate);
        }
        PooledVoice pooled = acquire();
        try {
            pooled.player().clear();
            pooled.voice().setRate((float) (NORMAL_WORDS_PER_MINUTE * rate));
            if (!pooled.voice().speak(text)) {
                throw new SpeechException("FreeTTS could not say the text");
            }
            AudioFormat format = pooled.player().getAudioFormat();
            if (format == null) {
                throw new SpeechException("FreeTTS gave no audio format");
            }
            return toLittleEndianPcm(format, pooled.player().samples());
        } catch (SpeechException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SpeechException("FreeTTS failed: " + e, e);
        } finally {
            idle.add(pooled);
        }
    }

    /**
     * The sounds (CMU phones) the voice chooses for each word, from its dictionary or its
     * letter-to-sound rules: how a pronunciation is checked without listening.
     */
    List<String> phones(String words) {
        PooledVoice pooled = acquire();
        try {
            List<String> out = new ArrayList<>();
            for (String word : words.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                String[] phones = pooled.voice().getLexicon().getPhones(word, null);
                out.add(phones == null ? "?" : String.join(" ", phones));
            }
            return out;
        } finally {
            idle.add(pooled);
        }
    }

    /** Allocates every voice of the pool, one after another, each saying one word to warm it. */
    @Override
    public void load() {
        for (int i = 0; i < maxVoices; i++) {
            synchronized (all) {
                if (all.size() >= maxVoices) {
                    return;
                }
                PooledVoice fresh = allocate();
                fresh.voice().speak("ready");
                fresh.player().clear();
                all.add(fresh);
                idle.add(fresh);
            }
        }
    }

    private PooledVoice acquire() {
        PooledVoice pooled = idle.poll();
        if (pooled != null) {
            return pooled;
        }
        synchronized (all) {
            if (all.size() < maxVoices) {
                PooledVoice fresh = allocate();
                all.add(fresh);
                return fresh;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechException("Interrupted while waiting for a voice", e);
        }
    }

    /** Called with the pool's lock held, so voices are loaded one at a time. */
    private static PooledVoice allocate() {
        for (Voice voice : new KevinVoiceDirectory().getVoices()) {
            if (VOICE.equals(voice.getName())) {
                MemoryAudioPlayer player = new MemoryAudioPlayer();
                voice.setAudioPlayer(player);
                voice.allocate();
                return new PooledVoice(voice, player);
            }
        }
        throw new SpeechException("The FreeTTS voice " + VOICE + " is not in the class path");
    }

    static SpokenAudio toLittleEndianPcm(AudioFormat format, byte[] samples) {
        if (format.getSampleSizeInBits() != 16 || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
            throw new SpeechException("Unexpected FreeTTS audio format: " + format);
        }
        byte[] pcm = samples.clone();
        if (format.isBigEndian()) {
            for (int i = 0; i + 1 < pcm.length; i += 2) {
                byte high = pcm[i];
                pcm[i] = pcm[i + 1];
                pcm[i + 1] = high;
            }
        }
        int frame = 2 * format.getChannels();
        int whole = pcm.length - pcm.length % frame;
        return new SpokenAudio(
                new PcmFormat(Math.round(format.getSampleRate()), format.getChannels()),
                whole == pcm.length ? pcm : java.util.Arrays.copyOf(pcm, whole));
    }

    @Override
    public void close() {
        synchronized (all) {
            for (PooledVoice pooled : all) {
                pooled.voice().deallocate();
            }
            all.clear();
            idle.clear();
        }
    }
}
