package org.clinic.kiosk.voice.recognition.vosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.clinic.kiosk.voice.recognition.ExpectedSpeech;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.Utterance;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class VoskSpeechRecognizerTest {

    private static final String AGAIN = ". Install it again with ./kiosk voice-model (on a clinic's machine: java -jar"
            + " recurrence-kiosk.jar voice-model). The kiosk works by touch.";

    @TempDir
    Path folder;

    /** The real questions' shape, small: what the kiosk expects to hear, hands-free off. */
    private static final ExpectedSpeech QUESTIONS_ONLY = new ExpectedSpeech(
            new Vocabulary(List.of("tell me about hospice", "go back", "what is oncotype", Transcript.UNKNOWN)),
            Optional.empty());

    /** The words of the fake model: everything the tests say but "oncotype" and "kiosk". */
    private static final Set<String> MODEL_WORDS =
            Set.of("tell", "me", "about", "hospice", "go", "back", "what", "is", "hello", "stop", Transcript.UNKNOWN);

    private static VoskSpeechRecognizer withProbe(Path folder, BiFunction<Path, Vocabulary, Optional<String>> probe) {
        return new VoskSpeechRecognizer(
                folder, ExpectedSpeech.NOTHING, probe, VoskEngine::loadModel, VoskGrammar.UNKNOWN_SHARE);
    }

    /** A recognizer over a good-looking folder whose model is the fake at the native boundary. */
    private VoskSpeechRecognizer withFake(FakeNativeModel model, ExpectedSpeech expected) throws IOException {
        TestModels.garbage(folder);
        return new VoskSpeechRecognizer(
                folder, expected, (f, q) -> Optional.empty(), f -> model, VoskGrammar.UNKNOWN_SHARE);
    }

    /** {@link #withFake} with the small questions, loaded. */
    private VoskSpeechRecognizer loaded(FakeNativeModel model) throws IOException {
        VoskSpeechRecognizer recognizer = withFake(model, QUESTIONS_ONLY);
        recognizer.load();
        return recognizer;
    }

    private static long lines(CapturedOutput output, String text) {
        return output.getAll().lines().filter(l -> l.contains(text)).count();
    }

    @Test
    void withoutAModelVoiceIsOffWithTheInstallCommandAndOneLogLine(CapturedOutput output) {
        Path model = folder.resolve("vosk-model-small-en-us-0.15");
        AtomicInteger probes = new AtomicInteger();
        VoskSpeechRecognizer recognizer = withProbe(model, (f, q) -> {
            probes.incrementAndGet();
            return Optional.empty();
        });
        assertFalse(recognizer.status().ready());
        assertTrue(
                recognizer.status().detail().contains("is loading"),
                recognizer.status().detail());

        RecognizerStatus status = recognizer.load();
        assertEquals(
                RecognizerStatus.off("No speech model in " + model + ". Install it with ./kiosk voice-model (on a"
                        + " clinic's machine: java -jar recurrence-kiosk.jar voice-model); voice-models/README.md"
                        + " explains how. The kiosk works by touch."),
                status);
        assertEquals(0, probes.get(), "nothing to probe");
        assertEquals(1, lines(output, "Voice input off: No speech model in " + model), output.getAll());
        assertEquals(1, lines(output, "Voice input"), "exactly one line about voice input");
        assertThrows(RecognizerException.class, () -> recognizer.begin(Vocabulary.UNRESTRICTED));
    }

    @Test
    void anIncompleteModelNamesTheMissingFileAndIsNeverProbed() throws IOException {
        TestModels.garbage(folder);
        Files.delete(folder.resolve("conf/model.conf"));
        AtomicInteger probes = new AtomicInteger();
        VoskSpeechRecognizer recognizer = withProbe(folder, (f, q) -> {
            probes.incrementAndGet();
            return Optional.empty();
        });
        assertEquals(
                RecognizerStatus.off(
                        "The speech model in " + folder + " is incomplete: conf/model.conf is missing" + AGAIN),
                recognizer.load());
        assertEquals(0, probes.get());
    }

    /** The real probe, the real engine in a child JVM, on a model of garbage: this JVM never reads it. */
    @Test
    void aCorruptModelIsOffWithTheEnginesReasonAndThisJavaSurvives(CapturedOutput output)
            throws IOException, InterruptedException {
        TestModels.garbage(folder);
        VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(folder, QUESTIONS_ONLY);
        recognizer.start();
        assertTrue(recognizer.awaitLoaded(Duration.ofSeconds(90)));

        RecognizerStatus status = recognizer.status();
        assertFalse(status.ready());
        assertTrue(
                status.detail().startsWith("The speech model in " + folder + " could not be loaded: the speech engine"),
                status.detail());
        assertTrue(status.detail().endsWith(AGAIN), status.detail());
        assertEquals(1, lines(output, "Voice input off: The speech model in " + folder + " could not be loaded"));
        assertThrows(RecognizerException.class, () -> recognizer.begin(Vocabulary.UNRESTRICTED));
        recognizer.close();
        recognizer.close();
    }

    @Test
    void aProbeThatSaysTheEngineCrashedKeepsVoiceOff() throws IOException {
        TestModels.garbage(folder);
        VoskSpeechRecognizer recognizer =
                withProbe(folder, (f, q) -> Optional.of("the speech engine crashed while reading it (signal 11)"));
        assertEquals(
                RecognizerStatus.off("The speech model in " + folder
                        + " could not be loaded: the speech engine crashed while reading it (signal 11)" + AGAIN),
                recognizer.load());
    }

    @Test
    void afterCloseNoUtteranceStarts() {
        VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(folder.resolve("none"), ExpectedSpeech.NOTHING);
        recognizer.close();
        assertEquals(
                "Voice input has stopped: the kiosk is shutting down.",
                recognizer.status().detail());
        assertThrows(RecognizerException.class, () -> recognizer.begin(Vocabulary.UNRESTRICTED));
    }

    // ---- with a fake at the native boundary: what the kiosk asks of the engine, not recognition ----

    @Test
    void theQuestionGrammarIsBuiltOnceAtLoadingAndReusedQuestionAfterQuestion(CapturedOutput output)
            throws IOException {
        FakeNativeModel model = new FakeNativeModel(MODEL_WORDS);
        VoskSpeechRecognizer recognizer = withFake(model, QUESTIONS_ONLY);
        RecognizerStatus status = recognizer.load();
        assertTrue(status.ready(), status.detail());
        assertEquals(1, model.made.size(), "built once while loading");
        FakeNativeRecognizer built = model.made.getFirst();
        assertTrue(
                built.grammar.startsWith("[\"tell me about hospice\",\"go back\",\"what is [unk]\",\"[unk]\""),
                built.grammar);

        for (int question = 0; question < 3; question++) {
            try (Utterance utterance = recognizer.begin(QUESTIONS_ONLY.questions())) {
                utterance.accept(new short[1600], 1600);
                utterance.finish();
            }
        }
        assertEquals(1, model.made.size(), "no new recognizer, no new graph");
        assertEquals(0, built.frees.get());
        assertEquals(3 * 1600, built.samplesFed);
        assertTrue(status.detail().contains("The kiosk's 3 phrases became its word list in "), status.detail());

        recognizer.close();
        assertEquals(1, built.frees.get());
        assertEquals(1, model.frees.get());
    }

    @Test
    void aQuestionsAlternativesComeWithItAndAreNotCarriedIntoTheNextQuestion() throws IOException {
        FakeNativeModel model = new FakeNativeModel(MODEL_WORDS);
        VoskSpeechRecognizer recognizer = loaded(model);
        FakeNativeRecognizer engine = model.made.getFirst();
        engine.last = "{\"alternatives\" : [{\"confidence\" : 188.2, \"text\" : \"what is hospice\"},"
                + " {\"confidence\" : 181.7, \"text\" : \"what is [unk]\"}]}";
        try (Utterance utterance = recognizer.begin(QUESTIONS_ONLY.questions())) {
            utterance.accept(new short[1600], 1600);
            assertEquals(new Transcript("what is hospice"), utterance.finish());
            assertEquals(List.of(new Transcript("what is [unk]")), utterance.alternatives());
        }
        engine.last = "{\"text\" : \"go back\"}";
        try (Utterance utterance = recognizer.begin(QUESTIONS_ONLY.questions())) {
            assertEquals(new Transcript("go back"), utterance.finish());
            assertEquals(List.of(), utterance.alternatives());
        }
        assertEquals(1, model.made.size(), "the same recognizer both times");
    }

    @Test
    void wordsTheModelDoesNotKnowAreListedForStaffAndLoggedInOurOwnWords(CapturedOutput output) throws IOException {
        VoskSpeechRecognizer recognizer = withFake(new FakeNativeModel(MODEL_WORDS), QUESTIONS_ONLY);
        RecognizerStatus status = recognizer.load();
        assertEquals(List.of("oncotype"), status.unknownWords());
        assertTrue(
                status.detail()
                        .endsWith(" It does not know 1 of the kiosk's 9 words and hears them as unknown speech."),
                status.detail());
        assertEquals(
                1,
                lines(
                        output,
                        "Voice: the speech model does not know 1 of the kiosk's 9 words; it hears them as unknown"
                                + " speech: oncotype"),
                output.getAll());
        assertEquals(Optional.empty(), status.handsFreeOff(), "hands-free is not on");
    }

    @Test
    void aWakePhraseTheModelCannotHearTurnsHandsFreeOffWithTheReason(CapturedOutput output) throws IOException {
        ExpectedSpeech handsFree = new ExpectedSpeech(QUESTIONS_ONLY.questions(), Optional.of("hello kiosk"));
        RecognizerStatus status =
                withFake(new FakeNativeModel(MODEL_WORDS), handsFree).load();
        assertTrue(status.ready(), "voice input itself still works");
        String why = "Hands-free listening is off: the speech model does not know “kiosk” in the wake phrase"
                + " “hello kiosk”, so it could never hear it. Set kiosk.voice.wake-phrase to words it knows; the"
                + " Talk button works as usual.";
        assertEquals(Optional.of(why), status.handsFreeOff());
        assertEquals(1, lines(output, "Voice: " + why));

        ExpectedSpeech heard = new ExpectedSpeech(QUESTIONS_ONLY.questions(), Optional.of("hello"));
        assertEquals(
                Optional.empty(),
                withFake(new FakeNativeModel(MODEL_WORDS), heard).load().handsFreeOff());
    }

    @Test
    void aModelWithAFullGraphIsAskedForAnyWordsWhateverTheVocabulary() throws IOException {
        FakeNativeModel model = new FakeNativeModel(MODEL_WORDS);
        VoskSpeechRecognizer recognizer = withFake(model, QUESTIONS_ONLY);
        Files.write(folder.resolve(ModelFolder.FULL_GRAPH), new byte[] {1});
        RecognizerStatus status = recognizer.load();
        assertTrue(
                status.detail()
                        .contains(" It has a full decoding graph, so it listens for any words, not only the kiosk's."),
                status.detail());
        assertEquals(List.of("oncotype"), status.unknownWords(), "its words are still checked");

        for (Vocabulary vocabulary : List.of(
                QUESTIONS_ONLY.questions(), new Vocabulary(List.of("stop", "[unk]")), Vocabulary.UNRESTRICTED)) {
            try (Utterance utterance = recognizer.begin(vocabulary)) {
                utterance.finish();
            }
        }
        assertEquals(1, model.made.size(), "one recognizer on the model's own graph, reused");
        assertEquals(null, model.made.getFirst().grammar);
    }

    @Test
    void aRecognizerWhoseEngineFailedIsFreedAndTheNextQuestionGetsANewOne() throws IOException {
        FakeNativeModel model = new FakeNativeModel(MODEL_WORDS);
        VoskSpeechRecognizer recognizer = loaded(model);
        FakeNativeRecognizer first = model.made.getFirst();
        first.codes.add(NativeRecognizer.FAILED);
        try (Utterance utterance = recognizer.begin(QUESTIONS_ONLY.questions())) {
            assertThrows(RecognizerException.class, () -> utterance.accept(new short[1600], 1600));
        }
        assertEquals(1, first.frees.get());
        try (Utterance utterance = recognizer.begin(QUESTIONS_ONLY.questions())) {
            utterance.finish();
        }
        assertEquals(2, model.made.size());
        assertEquals(first.grammar, model.made.get(1).grammar);
    }

    @Test
    void theWakeAndStopGrammarsAreBuiltOnFirstUseAndKeptToo() throws IOException {
        FakeNativeModel model = new FakeNativeModel(MODEL_WORDS);
        VoskSpeechRecognizer recognizer = withFake(model, QUESTIONS_ONLY);
        recognizer.load();
        Vocabulary stop = new Vocabulary(List.of("stop", Transcript.UNKNOWN));
        for (int i = 0; i < 2; i++) {
            try (Utterance utterance = recognizer.begin(stop)) {
                utterance.finish();
            }
        }
        assertEquals(2, model.made.size());
        assertEquals("[\"stop\",\"[unk]\"]", model.made.get(1).grammar);
    }
}
