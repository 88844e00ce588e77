package org.clinic.kiosk.voice.recognition.vosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.junit.jupiter.api.Test;

class GuardedUtteranceTest {

    private final FakeNativeRecognizer engine = new FakeNativeRecognizer();
    private final List<NativeRecognizer> reused = new ArrayList<>();
    private final GuardedUtterance utterance = new GuardedUtterance(engine, reused::add);

    @Test
    void closingTwiceLetsGoOfTheNativeRecognizerOnce() {
        utterance.close();
        utterance.close();
        assertEquals(List.of(engine), reused);
        assertEquals(0, engine.frees.get());
        assertTrue(utterance.closed());
    }

    @Test
    void aFinishedUtteranceHandsItsRecognizerOnForTheNextQuestion() {
        utterance.accept(new short[1600], 1600);
        engine.last = "{\"text\" : \"go back\"}";
        assertEquals(new Transcript("go back"), utterance.finish());
        utterance.close();
        assertEquals(List.of(engine), reused, "kept for reuse, not freed");
        assertEquals(0, engine.frees.get());
        assertEquals(1, engine.finalResults.get(), "the final result already started it afresh");
    }

    @Test
    void aDroppedUtteranceIsStartedAfreshBeforeItIsReused() {
        utterance.accept(new short[1600], 1600);
        utterance.close(); // the question was dropped: no finish
        assertEquals(1, engine.finalResults.get(), "vosk_recognizer_final_result resets the recognizer");
        assertEquals(List.of(engine), reused);
    }

    @Test
    void anEngineErrorFailsTheCallAndTheRecognizerIsFreedNotReused() {
        engine.codes.add(NativeRecognizer.FAILED);
        RecognizerException failed =
                assertThrows(RecognizerException.class, () -> utterance.accept(new short[1600], 1600));
        assertEquals("the speech engine failed while decoding (accept returned -1)", failed.getMessage());
        assertEquals(0, engine.finalResults.get(), "-1 is not read as the end of a phrase");
        utterance.close();
        assertEquals(List.of(), reused);
        assertEquals(1, engine.frees.get());
    }

    @Test
    void anAnswerThatIsNotJsonMeansTheRecognizerIsNotReused() {
        engine.partial = "{\"partial\" : ";
        assertThrows(RecognizerException.class, () -> utterance.accept(new short[160], 160));
        utterance.close();
        assertEquals(List.of(), reused);
        assertEquals(1, engine.frees.get());
    }

    @Test
    void useAfterCloseThrowsInsteadOfTouchingFreedMemory() {
        utterance.accept(new short[1600], 1600);
        utterance.close();
        engine.frees.set(1); // as if freed: the fake now fails on any use
        RecognizerException feed =
                assertThrows(RecognizerException.class, () -> utterance.accept(new short[1600], 1600));
        assertEquals("this utterance is already closed", feed.getMessage());
        assertThrows(RecognizerException.class, utterance::finish);
        assertEquals(1600, engine.samplesFed, "nothing reached the engine after close");
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
        assertEquals(List.of(), reused, "not let go while the engine is still reading audio");
        engine.releaseAccept.countDown();
        feeder.join(5000);
        closer.join(5000);
        assertEquals(List.of(engine), reused);
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
        engine.codes.add(NativeRecognizer.PHRASE_ENDED);
        engine.result = "{\"text\" : \"tell me\"}";
        assertEquals(new Transcript("tell me"), utterance.accept(new short[1600], 1600));
        engine.partial = "{\"partial\" : \"about\"}";
        assertEquals(new Transcript("tell me about"), utterance.accept(new short[1600], 1600));
        engine.last = "{\"text\" : \"about hospice\"}";
        assertEquals(new Transcript("tell me about hospice"), utterance.finish());
    }

    @Test
    void withAlternativesOnTheBestIsTheFirstAndTheOthersAreOfferedDistinctAfterIt() {
        utterance.accept(new short[1600], 1600);
        engine.last = "{\"alternatives\" : [{\"confidence\" : 231.4, \"text\" : \"tell me about hospice\"},"
                + " {\"confidence\" : 229.9, \"text\" : \"tell me about hostess\"},"
                + " {\"confidence\" : 210.0, \"text\" : \"tell me about hospice\"},"
                + " {\"confidence\" : 205.2, \"text\" : \"tell me about hostess\"},"
                + " {\"confidence\" : 198.1, \"text\" : \"tell me a [unk] hospice\"}]}";
        assertEquals(new Transcript("tell me about hospice"), utterance.finish());
        // "[unk]" stays as the engine said it: QuestionRecognition drops it before the matcher
        assertEquals(
                List.of(new Transcript("tell me about hostess"), new Transcript("tell me a [unk] hospice")),
                utterance.alternatives());
    }

    @Test
    void theTextShapeGivesTheWordsAndNoAlternatives() {
        utterance.accept(new short[1600], 1600);
        engine.last = "{\"text\" : \"go back\"}";
        assertEquals(new Transcript("go back"), utterance.finish());
        assertEquals(List.of(), utterance.alternatives());
    }

    @Test
    void emptyAlternativesAreNothingHeard() {
        utterance.accept(new short[1600], 1600);
        engine.last = "{\"alternatives\" : [{\"text\": \"\", \"confidence\" : 1.0}] }"; // Vosk's empty answer
        assertEquals(Transcript.NOTHING, utterance.finish());
        assertEquals(List.of(), utterance.alternatives());

        FakeNativeRecognizer another = new FakeNativeRecognizer();
        GuardedUtterance next = new GuardedUtterance(another, reused::add);
        another.last = "{\"alternatives\" : [ ]}";
        assertEquals(Transcript.NOTHING, next.finish());
        assertEquals(List.of(), next.alternatives());
    }

    @Test
    void aQuestionOfTwoPhrasesOffersTheFirstPhraseJoinedWithEachAlternativeOfTheLast() {
        engine.codes.add(NativeRecognizer.PHRASE_ENDED);
        engine.result = "{\"alternatives\" : [{\"text\" : \"tell me\", \"confidence\" : 90.1},"
                + " {\"text\" : \"tell\", \"confidence\" : 80.3}]}";
        assertEquals(new Transcript("tell me"), utterance.accept(new short[1600], 1600));
        utterance.accept(new short[1600], 1600);
        engine.last = "{\"alternatives\" : [{\"text\" : \"about hospice\", \"confidence\" : 120.5},"
                + " {\"text\" : \"about hostess\", \"confidence\" : 118.0},"
                + " {\"text\" : \"\", \"confidence\" : 99.0}]}";
        assertEquals(new Transcript("tell me about hospice"), utterance.finish());
        assertEquals(List.of(new Transcript("tell me about hostess")), utterance.alternatives());
    }

    @Test
    void alternativesFollowTheSameGuardAsTheRestOfTheUtterance() throws Exception {
        engine.last = "{\"alternatives\" : [{\"text\" : \"go back\"}, {\"text\" : \"go\"}]}";
        utterance.finish();
        CompletableFuture<Object> other =
                CompletableFuture.supplyAsync(utterance::alternatives, r -> new Thread(r).start());
        ExecutionException failed = assertThrows(ExecutionException.class, other::get);
        assertTrue(failed.getCause() instanceof RecognizerException, failed.toString());
        assertEquals(List.of(new Transcript("go")), utterance.alternatives());
        utterance.close();
        RecognizerException closed = assertThrows(RecognizerException.class, utterance::alternatives);
        assertEquals("this utterance is already closed", closed.getMessage());
    }

    @Test
    void alternativesThatAreNotJsonFailWithoutQuotingThemAndTheRecognizerIsNotReused() {
        engine.last = "{\"alternatives\" : [{\"text\" : \"my name is jane\"";
        RecognizerException failed = assertThrows(RecognizerException.class, utterance::finish);
        assertFalse(failed.getMessage().contains("jane"), failed.getMessage());
        utterance.close();
        assertEquals(List.of(), reused);
        assertEquals(1, engine.frees.get());
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
