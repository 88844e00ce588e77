package org.clinic.kiosk.speech;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recently said sentences, kept in memory up to a byte limit; the least recently used goes first.
 * Keyed by the prepared text, the voice and the rate; volume is applied later, so it is not part
 * of the key. Holds only generic screen text, never anything a patient typed or said.
 */
final class SpeechCache {

    record Key(String text, String voice, double rate) {}

    /** Bytes counted for each entry beyond its samples: key, record and map overhead. */
    private static final int ENTRY_OVERHEAD = 160;

    private final long maxBytes;
    private final LinkedHashMap<Key, SpokenAudio> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    SpeechCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized Optional<SpokenAudio> get(Key key) {
        SpokenAudio audio = entries.get(key);
        if (audio == null) {
            misses++;
        } else {
            hits++;
        }
        return Optional.ofNullable(audio);
    }

    synchronized void put(Key key, SpokenAudio audio) {
        long size = sizeOf(key, audio);
        if (size > maxBytes) {
            return;
        }
        SpokenAudio old = entries.put(key, audio);
        if (old != null) {
            bytes -= sizeOf(key, old);
        }
        bytes += size;
        Iterator<Map.Entry<Key, SpokenAudio>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<Key, SpokenAudio> e = eldest.next();
            bytes -= sizeOf(e.getKey(), e.getValue());
            eldest.remove();
        }
    }

    private static long sizeOf(Key key, SpokenAudio audio) {
        return audio.pcm().length + 2L * key.text().length() + ENTRY_OVERHEAD;
    }

    synchronized SpeechOutput.CacheStats stats() {
        return new SpeechOutput.CacheStats(entries.size(), bytes, maxBytes, hits, misses);
    }
}
