package org.clinic.kiosk.voice.recognition.pocketsphinx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.clinic.kiosk.voice.Recording;
import org.clinic.kiosk.voice.TestVoice;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.Utterance;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real PocketSphinx through JNA: loading, hearing, reuse, words it lacks, shutting down. */
class PocketSphinxRecognizerTest {

    private static final Vocabulary COMMANDS = new Vocabulary(List.of(
            "tell me about hospice",
            "what is palliative care",
            "clinical trials",
            "go back",
            "help",
            Transcript.UNKNOWN));

    private static PocketSphinxRecognizer recognizer;
    private static short[] hospice;

    @BeforeAll
    static void load() throws InterruptedException {
        recognizer = TestPocketSphinx.loaded();
        Recording spoken = TestVoice.KEVIN16.say("tell me about hospice").inQuietRoom(0.3, 0.5);
        assertThat(spoken.rate()).isEqualTo(16_000);
        hospice = spoken.samples();
    }

    @AfterAll
    static void close() {
        if (recognizer != null) {
            recognizer.close();
        }
    }

    private static Transcript hear(Utterance utterance, short[] samples) {
        for (int at = 0; at < samples.length; at += 1600) {
            int n = Math.min(1600, samples.length - at);
            utterance.accept(java.util.Arrays.copyOfRange(samples, at, at + n), n);
        }
        return utterance.finish();
    }

    @Test
    void theKiosksOwnVoiceIsHeardThroughTheGrammarAndAsOpenSpeech() {
        RecognizerStatus status = recognizer.status();
        assertThat(status.detail())
                .startsWith("PocketSphinx with its en-us model (" + PocketSphinxModel.DEBIAN + ") loaded in ");
        for (Vocabulary vocabulary : List.of(COMMANDS, Vocabulary.UNRESTRICTED)) {
            try (Utterance utterance = recognizer.begin(vocabulary)) {
                Transcript heard = hear(utterance, hospice);
                assertThat(heard.words())
                        .as("%s heard", vocabulary.unrestricted() ? "open" : "grammar")
                        .contains("hospice");
                assertThat(utterance.alternatives()).doesNotContain(heard);
            }
        }
    }

    @Test
    void aGrammarHearsOnlyItsOwnWords() {
        try (Utterance utterance = recognizer.begin(COMMANDS)) {
            assertThat(COMMANDS.words()).containsAll(hear(utterance, hospice).words());
        }
    }

    @Test
    void decodersAreReusedFromOneQuestionToTheNext() {
        recognizer.begin(COMMANDS).close();
        int live = recognizer.decoders();
        for (int i = 0; i < 3; i++) {
            try (Utterance utterance = recognizer.begin(COMMANDS)) {
                hear(utterance, hospice);
            }
            recognizer.begin(Vocabulary.UNRESTRICTED).close();
        }
        assertThat(recognizer.decoders()).isEqualTo(live);
    }

    @Test
    void twoQuestionsAtOnceGetTwoDecoders() {
        try (Utterance first = recognizer.begin(COMMANDS);
                Utterance second = recognizer.begin(COMMANDS)) {
            assertThat(hear(first, hospice).words()).contains("hospice");
            assertThat(hear(second, hospice).words()).contains("hospice");
        }
    }

    @Test
    void wordsTheDictionaryLacksAreLeftOutAndNamedOnTheStatus() {
        Vocabulary withUnknown = new Vocabulary(List.of("tell me about hospiss", "zqxwv care", Transcript.UNKNOWN));
        PocketSphinxRecognizer.GrammarReport report = recognizer.prepare(withUnknown);
        assertThat(report.dropped()).containsExactly("hospiss", "zqxwv");
        assertThat(recognizer.status().ready()).isTrue();
        assertThat(recognizer.status().detail())
                .contains("Words the kiosk listens for that PocketSphinx's dictionary lacks, so it cannot hear them")
                .contains("hospiss, zqxwv");
    }

    @Test
    void aThousandPhraseGrammarIsReadyInAFractionOfASecond() {
        List<String> phrases = new java.util.ArrayList<>();
        String[] words =
                "what is why does how can my the cancer come back again treatment hospice care palliative trial"
                        .split(" ");
        for (int i = 0; i < 1100; i++) {
            phrases.add(words[i % words.length] + " " + words[(i * 7 + 3) % words.length] + " "
                    + words[(i * 13 + 5) % words.length]);
        }
        phrases.add("phrase number " + System.nanoTime() % 1000); // a vocabulary not prepared before
        PocketSphinxRecognizer.GrammarReport report = recognizer.prepare(new Vocabulary(phrases));
        System.out.printf(
                "PocketSphinx grammar of %d phrases (%d words) built in %d ms%n",
                phrases.size(), report.words(), report.took().toMillis());
        assertThat(report.took()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aMissingModelIsTouchOnlyWithTheCommandThatInstallsIt() {
        PocketSphinxRecognizer none = new PocketSphinxRecognizer(Path.of("target/no-such-model"), f -> {
            throw new AssertionError("no check without files");
        });
        RecognizerStatus status = none.load();
        assertThat(status.ready()).isFalse();
        assertThat(status.detail())
                .isEqualTo("No PocketSphinx model in target/no-such-model. Install it with apt-get install"
                        + " libpocketsphinx3 pocketsphinx-en-us. The kiosk works by touch.");
        assertThatThrownBy(() -> none.begin(COMMANDS)).isInstanceOf(RecognizerException.class);
    }

    @Test
    void anIncompleteModelNamesTheFirstMissingFile() throws Exception {
        Path folder = Path.of("target/incomplete-pocketsphinx-model");
        TestPocketSphinx.damaged(folder, "en-us/mdef", new byte[0]);
        PocketSphinxRecognizer incomplete = new PocketSphinxRecognizer(folder, f -> Optional.empty());
        assertThat(incomplete.load().detail())
                .isEqualTo("The PocketSphinx model in target/incomplete-pocketsphinx-model is incomplete: en-us/mdef is"
                        + " empty. Install it again with apt-get install libpocketsphinx3 pocketsphinx-en-us. The kiosk"
                        + " works by touch.");
    }

    @Test
    void afterCloseNoQuestionStartsAndAnOpenOneEndsSafely() throws InterruptedException {
        PocketSphinxRecognizer own = TestPocketSphinx.loaded();
        Utterance open = own.begin(COMMANDS);
        own.close();
        own.close();
        assertThat(own.status().ready()).isFalse();
        assertThatThrownBy(() -> own.begin(COMMANDS)).isInstanceOf(RecognizerException.class);
        assertThat(hear(open, hospice).words()).contains("hospice");
        open.close();
        assertThat(own.decoders()).isZero();
    }
}
