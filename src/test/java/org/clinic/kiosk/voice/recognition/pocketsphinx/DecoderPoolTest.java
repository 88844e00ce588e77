package org.clinic.kiosk.voice.recognition.pocketsphinx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.junit.jupiter.api.Test;

/** Decoders reused by search, never more than the limit alive, all freed once at the end. */
class DecoderPoolTest {

    private final List<FakeDecoder> made = new ArrayList<>();

    private Decoder make() {
        FakeDecoder decoder = new FakeDecoder();
        made.add(decoder);
        return decoder;
    }

    @Test
    void aDecoderGivenBackServesTheNextQuestionOfItsSearch() {
        DecoderPool pool = new DecoderPool(2);
        Decoder first = pool.take("grammar-1", this::make);
        pool.reuse(first);
        assertThat(pool.take("grammar-1", this::make)).isSameAs(first);
        assertThat(pool.take("open", this::make)).isNotSameAs(first);
        assertThat(made).hasSize(2);
    }

    @Test
    void whenTheLimitIsReachedIdleDecodersOfOtherSearchesMakeRoomElseTheQuestionIsRefused() {
        DecoderPool pool = new DecoderPool(2);
        Decoder open = pool.take("open", this::make);
        Decoder grammar = pool.take("grammar-1", this::make);
        assertThatThrownBy(() -> pool.take("grammar-2", this::make)).isInstanceOf(RecognizerException.class);
        pool.reuse(open);
        Decoder second = pool.take("grammar-2", this::make);
        assertThat(made.getFirst().freed())
                .as("the idle open decoder made room")
                .isTrue();
        assertThat(pool.live()).isEqualTo(2);
        pool.reuse(grammar);
        pool.reuse(second);
    }

    @Test
    void closingFreesIdleDecodersNowAndLentOnesWhenTheyComeBack() {
        DecoderPool pool = new DecoderPool(3);
        Decoder idle = pool.take("open", this::make);
        pool.reuse(idle);
        Decoder lent = pool.take("grammar-1", this::make);
        pool.close();
        assertThat(made.get(0).freed()).isTrue();
        assertThat(made.get(1).freed()).isFalse();
        pool.reuse(lent);
        assertThat(made.get(1).freed()).isTrue();
        assertThatThrownBy(() -> pool.take("open", this::make)).isInstanceOf(RecognizerException.class);
    }

    @Test
    void aDiscardedDecoderIsFreedAndLeavesRoom() {
        DecoderPool pool = new DecoderPool(1);
        Decoder broken = pool.take("open", this::make);
        pool.discard(broken);
        assertThat(made.getFirst().freed()).isTrue();
        assertThat(pool.live()).isZero();
        pool.reuse(pool.take("open", this::make));
    }

    @Test
    void forgettingAGrammarFreesItsIdleDecoders() {
        DecoderPool pool = new DecoderPool(3);
        pool.prepare("grammar-1", this::make);
        pool.prepare("open", this::make);
        pool.forget("grammar-1");
        assertThat(made.get(0).freed()).isTrue();
        assertThat(made.get(1).freed()).isFalse();
        assertThat(pool.live()).isEqualTo(1);
    }
}
