package org.clinic.kiosk.voice.recognition.pocketsphinx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.junit.jupiter.api.Test;

/** The guard around a lent decoder: started once, given back exactly once, never used after. */
class PocketSphinxUtteranceTest {

    private final FakeDecoder decoder = new FakeDecoder();
    private final List<String> returned = new ArrayList<>();
    private final PocketSphinxUtterance.Return back = new PocketSphinxUtterance.Return() {
        @Override
        public void reuse(Decoder d) {
            returned.add("reuse");
        }

        @Override
        public void discard(Decoder d) {
            returned.add("discard");
            d.free();
        }
    };

    @Test
    void anUtteranceStartsFeedsFinishesAndGivesItsDecoderBackOnce() {
        PocketSphinxUtterance utterance = new PocketSphinxUtterance(decoder, back);
        assertThat(utterance.accept(new short[1600], 1600)).isEqualTo(new Transcript("tell me about hospice"));
        assertThat(utterance.finish()).isEqualTo(new Transcript("tell me about hospice"));
        assertThat(utterance.alternatives()).containsExactly(new Transcript("tell me about hospice care"));
        utterance.close();
        utterance.close();
        assertThat(decoder.calls).containsExactly("start", "process 1600", "end", "alternatives 5");
        assertThat(returned).containsExactly("reuse");
    }

    @Test
    void noDecoderIsRefused() {
        assertThatThrownBy(() -> new PocketSphinxUtterance(null, back)).isInstanceOf(RecognizerException.class);
    }

    @Test
    void everyCallAfterCloseFailsInsteadOfTouchingTheDecoder() {
        PocketSphinxUtterance utterance = new PocketSphinxUtterance(decoder, back);
        utterance.close();
        assertThatThrownBy(() -> utterance.accept(new short[10], 10)).isInstanceOf(RecognizerException.class);
        assertThatThrownBy(utterance::finish).isInstanceOf(RecognizerException.class);
        assertThat(utterance.alternatives()).isEmpty();
        assertThat(decoder.calls).containsExactly("start", "end");
    }

    @Test
    void anUtteranceDroppedHalfwayIsEndedSoTheDecoderCanServeAgain() {
        PocketSphinxUtterance utterance = new PocketSphinxUtterance(decoder, back);
        utterance.accept(new short[1600], 1600);
        utterance.close();
        assertThat(decoder.calls).containsExactly("start", "process 1600", "end");
        assertThat(returned).containsExactly("reuse");
        new PocketSphinxUtterance(decoder, back).close();
        assertThat(returned).containsExactly("reuse", "reuse");
    }

    @Test
    void aDecoderTheEngineFailedOnIsFreedNotReused() {
        decoder.failOnProcess = true;
        PocketSphinxUtterance utterance = new PocketSphinxUtterance(decoder, back);
        assertThatThrownBy(() -> utterance.accept(new short[1600], 1600)).isInstanceOf(RecognizerException.class);
        assertThatThrownBy(utterance::finish).isInstanceOf(RecognizerException.class);
        utterance.close();
        assertThat(returned).containsExactly("discard");
        assertThat(decoder.freed()).isTrue();
    }

    @Test
    void finishingTwiceOrFeedingAfterTheEndFails() {
        PocketSphinxUtterance utterance = new PocketSphinxUtterance(decoder, back);
        utterance.finish();
        assertThatThrownBy(utterance::finish).isInstanceOf(RecognizerException.class);
        assertThatThrownBy(() -> utterance.accept(new short[10], 10)).isInstanceOf(RecognizerException.class);
        utterance.close();
        assertThat(returned).containsExactly("reuse");
    }

    @Test
    void badAudioIsRefusedAndEmptyAudioHearsNothing() {
        PocketSphinxUtterance utterance = new PocketSphinxUtterance(decoder, back);
        assertThatThrownBy(() -> utterance.accept(null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> utterance.accept(new short[10], 11)).isInstanceOf(IllegalArgumentException.class);
        assertThat(utterance.accept(new short[10], 0)).isEqualTo(Transcript.NOTHING);
        assertThat(decoder.calls).containsExactly("start");
        utterance.close();
    }

    @Test
    void audioFromASecondThreadIsRefused() throws InterruptedException {
        PocketSphinxUtterance utterance = new PocketSphinxUtterance(decoder, back);
        utterance.accept(new short[10], 10);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread other = Thread.ofPlatform().start(() -> {
            try {
                utterance.accept(new short[10], 10);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        other.join();
        assertThat(failure.get()).isInstanceOf(RecognizerException.class);
        utterance.close();
    }

    @Test
    void aDecoderThatCannotStartIsDiscardedAtOnce() {
        decoder.start(); // already started: the next start fails
        assertThatThrownBy(() -> new PocketSphinxUtterance(decoder, back)).isInstanceOf(RecognizerException.class);
        assertThat(returned).containsExactly("discard");
    }
}
