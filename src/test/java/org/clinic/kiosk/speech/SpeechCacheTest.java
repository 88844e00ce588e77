package org.clinic.kiosk.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeechCacheTest {

    private static SpokenAudio audio(int bytes) {
        return new SpokenAudio(new PcmFormat(16000, 1), new byte[bytes]);
    }

    private static SpeechCache.Key key(String text) {
        return new SpeechCache.Key(text, "v", 1.0);
    }

    @Test
    void keepsWithinItsByteLimitDroppingTheLeastRecentlyUsed() {
        SpeechCache cache = new SpeechCache(3_000);
        cache.put(key("a"), audio(1000));
        cache.put(key("b"), audio(1000));
        assertTrue(cache.get(key("a")).isPresent()); // a is now the most recently used
        cache.put(key("c"), audio(1000));

        assertTrue(cache.get(key("a")).isPresent());
        assertTrue(cache.get(key("b")).isEmpty());
        assertTrue(cache.get(key("c")).isPresent());
        SpeechOutput.CacheStats stats = cache.stats();
        assertEquals(2, stats.entries());
        assertTrue(stats.bytes() <= 3_000 && stats.bytes() >= 2_000, stats.toString());
    }

    @Test
    void keyIncludesVoiceAndRate() {
        SpeechCache cache = new SpeechCache(10_000);
        cache.put(new SpeechCache.Key("hello", "v", 1.0), audio(100));
        assertTrue(cache.get(new SpeechCache.Key("hello", "v", 1.2)).isEmpty());
        assertTrue(cache.get(new SpeechCache.Key("hello", "w", 1.0)).isEmpty());
        assertTrue(cache.get(new SpeechCache.Key("hello", "v", 1.0)).isPresent());
    }

    @Test
    void anEntryLargerThanTheWholeCacheIsNotKept() {
        SpeechCache cache = new SpeechCache(1_000);
        cache.put(key("a"), audio(500));
        cache.put(key("huge"), audio(2_000));
        assertTrue(cache.get(key("huge")).isEmpty());
        assertTrue(cache.get(key("a")).isPresent());
    }
}
