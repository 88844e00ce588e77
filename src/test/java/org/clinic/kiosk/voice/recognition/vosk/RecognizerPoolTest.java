package org.clinic.kiosk.voice.recognition.vosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.junit.jupiter.api.Test;

class RecognizerPoolTest {

    private static final String QUESTIONS = "[\"go back\",\"[unk]\"]";
    private static final String WAKE = "[\"hello kiosk\",\"[unk]\"]";

    private final FakeNativeModel model = new FakeNativeModel(Set.of("go", "back"));
    private final RecognizerPool pool = new RecognizerPool(model::recognizer);

    @Test
    void aRecognizerGivenBackIsReusedForTheSameGrammarOnly() {
        NativeRecognizer first = pool.take(QUESTIONS);
        pool.giveBack(QUESTIONS, first);
        assertSame(first, pool.take(QUESTIONS), "the grammar's graph is built once");
        NativeRecognizer wake = pool.take(WAKE);
        assertEquals(WAKE, ((FakeNativeRecognizer) wake).grammar);
        NativeRecognizer own = pool.take(null);
        assertEquals(null, ((FakeNativeRecognizer) own).grammar, "the model's own graph has its own stack");
        assertEquals(3, model.made.size());
    }

    @Test
    void twoQuestionsAtOnceGetTwoRecognizersAndOnlyAFewAreKept() {
        NativeRecognizer a = pool.take(QUESTIONS);
        NativeRecognizer b = pool.take(QUESTIONS);
        NativeRecognizer c = pool.take(QUESTIONS);
        pool.giveBack(QUESTIONS, a);
        pool.giveBack(QUESTIONS, b);
        pool.giveBack(QUESTIONS, c);
        assertEquals(RecognizerPool.IDLE_PER_GRAMMAR, pool.idle(QUESTIONS));
        assertEquals(1, ((FakeNativeRecognizer) c).frees.get(), "the one not kept is freed");
    }

    @Test
    void closingFreesTheIdleOnesAndThoseGivenBackLater() {
        NativeRecognizer idle = pool.take(QUESTIONS);
        NativeRecognizer busy = pool.take(QUESTIONS);
        pool.giveBack(QUESTIONS, idle);
        pool.close();
        assertEquals(1, ((FakeNativeRecognizer) idle).frees.get());
        assertEquals(0, ((FakeNativeRecognizer) busy).frees.get(), "still in use: freed when given back");
        pool.giveBack(QUESTIONS, busy);
        assertEquals(1, ((FakeNativeRecognizer) busy).frees.get());
        assertThrows(RecognizerException.class, () -> pool.take(QUESTIONS));
        pool.close();
        assertEquals(List.of(1, 1), model.made.stream().map(r -> r.frees.get()).toList(), "each freed once");
    }

    @Test
    void onlyAFewGrammarsAreKept() {
        for (int i = 0; i < RecognizerPool.GRAMMARS + 3; i++) {
            String grammar = "[\"phrase " + i + "\"]";
            pool.giveBack(grammar, pool.take(grammar));
        }
        long kept = model.made.stream().filter(r -> r.frees.get() == 0).count();
        assertEquals(RecognizerPool.GRAMMARS, kept);
    }
}
