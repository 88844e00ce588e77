package org.clinic.kiosk.voice.recognition.vosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.junit.jupiter.api.Test;

class GuardedUtteranceTest {

    /**
     * A stand-in for the native recognizer, like the real one in the only way that matters here:
     * touching it after {@link #free()} is an error (the real one would crash the JVM).
     */
    private static final class FakeNative implements NativeRecognizer {
        final AtomicInteger frees = new AtomicInteger();
        final Deque<Boolean> phraseEnds = new ArrayDeque<>();
        String partial = "{\"partial\" : \"\"}";
        String result = "{\"text\" : \"\"}";
        String last = "{\"text\" : \"\"}";
        int samplesFed;
        volatile CountDownLatch insideAccept;
        volatile CountDownLatch releaseAccept;

        private void alive() {
            if (frees.get() > 0) {
                throw new AssertionError("native recognizer used after it was freed");
            }
        }

        @Override
        public boolean accept(short[] samples, int length) {
            alive();
            if (insideAccept != null) {
                insideAccept.countDown();
                try {
                    releaseAccept.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            alive();
            samplesFed += length;
            return !phraseEnds.isEmpty() && phraseEnds.pop();
        }

        @Override
        public String result() {
            alive();
            return result;
        }

        @Override
        public String partialResult() {
            alive();
            return partial;
        }

        @Override
        public String finalResult() {
            alive();
            return last;
        }

        @Override
        public void free() {
            frees.incrementAndGet();
        }
    }

    private final FakeNative engine = new FakeNative();
    private final GuardedUtterance utterance = new GuardedUtterance(engine);

    @Test
    void closingTwiceFreesTheNativeRecognizerOnce() {
        utterance.close();
        utterance.close();
        assertEquals(1, engine.frees.get());
        assertTrue(utterance.closed());
    }

    @Test
    void useAfterCloseThrowsInsteadOfTouchingFreedMemory() {
        utterance.accept(new short[1600], 1600);
        utterance.close();
        RecognizerException feed =
                assertThrows(RecognizerException.class, () -> utterance.accept(new short[1600], 1600));
        assertEquals("this utterance is already closed", feed.getMessage());
        assertThrows(RecognizerException.class, utterance::finish);
        assertEquals(1600, engine.samplesFed, "nothing reached the engine after close");
        assertEquals(1, engine.frees.get());
    }

    @Test
    void audioFromASecondThreadIsRefused() throws Exception {
        utterance.accept(new short[160], 160);
        CompletableFuture<Void> other =
                CompletableFuture.runAsync(() -> utterance.accept(new short[160], 160), r -> new Thread(r).start());
        ExecutionException failed = assertThrows(ExecutionException.class, other::get);
        assertTrue(failed.getCause() instanceof RecognizerException, failed.toString());
        assertEquals(
                "an utterance must be fed and finished from one thread",
                failed.getCause().getMessage());
        assertEquals(160, engine.samplesFed);
        // the first thread goes on as before
        engine.last = "{\"text\" : \"go back\"}";
        assertEquals(new Transcript("go back"), utterance.finish());
    }

    @Test
    void aCloseFromAnotherThreadWaitsForTheFeedInProgress() throws Exception {
        engine.insideAccept = new CountDownLatch(1);
        engine.releaseAccept = new CountDownLatch(1);
        Thread feeder = new Thread(() -> utterance.accept(new short[1600], 1600));
        feeder.start();
        assertTrue(engine.insideAccept.await(5, TimeUnit.SECONDS));
        Thread closer = new Thread(utterance::close);
        closer.start();
        closer.join(200);
        assertEquals(0, engine.frees.get(), "not freed while the engine is still reading audio");
        engine.releaseAccept.countDown();
        feeder.join(5000);
        closer.join(5000);
        assertEquals(1, engine.frees.get());
        assertEquals(1600, engine.samplesFed);
    }

    @Test
    void partialAndFinalWordsComeFromVosksJson() {
        engine.partial = "{\n  \"partial\" : \"tell me about\"\n}";
        assertEquals(new Transcript("tell me about"), utterance.accept(new short[1600], 1600));
        engine.last = "{\n  \"text\" : \"tell me about hospice\"\n}";
        assertEquals(new Transcript("tell me about hospice"), utterance.finish());
    }

    @Test
    void aPhraseTheEngineEndsAtAPauseIsKeptForTheFinalTranscript() {
        engine.phraseEnds.add(true);
        engine.result = "{\"text\" : \"tell me\"}";
        assertEquals(new Transcript("tell me"), utterance.accept(new short[1600], 1600));
        engine.partial = "{\"partial\" : \"about\"}";
        assertEquals(new Transcript("tell me about"), utterance.accept(new short[1600], 1600));
        engine.last = "{\"text\" : \"about hospice\"}";
        assertEquals(new Transcript("tell me about hospice"), utterance.finish());
    }

    @Test
    void anAnswerThatIsNotJsonFailsWithoutQuotingIt() {
        engine.partial = "{\"partial\" : \"my name is jane";
        RecognizerException failed =
                assertThrows(RecognizerException.class, () -> utterance.accept(new short[160], 160));
        assertFalse(failed.getMessage().contains("jane"), failed.getMessage());
    }

    @Test
    void badSampleCountsAreRefusedBeforeTheEngine() {
        assertThrows(IllegalArgumentException.class, () -> utterance.accept(new short[10], 11));
        assertThrows(IllegalArgumentException.class, () -> utterance.accept(new short[10], -1));
        assertThrows(IllegalArgumentException.class, () -> utterance.accept(null, 0));
        assertEquals(0, engine.samplesFed);
    }
}
