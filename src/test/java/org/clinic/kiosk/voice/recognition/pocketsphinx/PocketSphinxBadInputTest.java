package org.clinic.kiosk.voice.recognition.pocketsphinx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.voice.LabelledSpeech;
import org.clinic.kiosk.voice.Recording;
import org.clinic.kiosk.voice.SpokenPipeline;
import org.clinic.kiosk.voice.TestVoice;
import org.clinic.kiosk.voice.match.MatchResult;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a microphone in a waiting room also hears, made with {@code sox} under {@code
 * target/bad-input/} and played through the real pipeline with PocketSphinx hearing as the kiosk
 * does by default ({@link LabelledSpeech#questions}): noise, a hum, music, a cough, a quiet room, two people talking at once, a clipped and a
 * very quiet recording. None of them may open a topic the speaker did not ask about: the outcome is
 * "nothing heard", "not understood", or, for a recording of a real question, its own topic.
 */
class PocketSphinxBadInputTest {

    private static final Path FOLDER = Path.of("target", "bad-input");
    private static PocketSphinxRecognizer recognizer;
    private static QuestionMatcher matcher;

    @BeforeAll
    static void load() throws InterruptedException {
        recognizer = TestPocketSphinx.loaded();
        matcher = LabelledSpeech.matcher();
        assertThat(TestVoice.onPath("sox"))
                .as("sox installed (apt-get install sox)")
                .isTrue();
    }

    @AfterAll
    static void close() {
        if (recognizer != null) {
            recognizer.close();
        }
    }

    /** A sound made by sox: {@code sox ARGS... target/bad-input/NAME.wav EFFECTS...}. */
    private static Recording sox(String name, List<String> inputs, String... effects) {
        Path wav = FOLDER.resolve(name + ".wav");
        // -R: repeatable (a fixed seed for noise and dither), so every run hears the same sound
        List<String> command = new ArrayList<>(List.of("sox", "-R"));
        command.addAll(inputs);
        command.addAll(List.of("-r", "16000", "-c", "1", "-b", "16", wav.toString()));
        command.addAll(List.of(effects));
        try {
            Files.createDirectories(FOLDER);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TestVoice.run(command);
        return Recording.read(wav);
    }

    private static Recording synth(String name, String... effects) {
        return sox(name, List.of("-n"), effects);
    }

    private static Path spoken(TestVoice voice, String text) {
        return voice.say(text).write(FOLDER.resolve(voice.name().toLowerCase() + "-" + text.hashCode() + ".wav"));
    }

    /** What the kiosk would do: "nothing heard", "not understood", "command:..." or the topic's id. */
    private static String outcome(Recording sound) throws InterruptedException {
        try (SpokenPipeline pipeline = new SpokenPipeline(recognizer, LabelledSpeech.settings())) {
            SpokenPipeline.Heard heard = pipeline.hear(sound.inQuietRoom(0.5, 1.0), LabelledSpeech.questions(matcher));
            if (heard.nothing()) {
                return "nothing heard";
            }
            MatchResult result = matcher.match(heard.words().text());
            String label = LabelledSpeech.label(result);
            System.out.printf("  heard \"%s\" -> %s%n", heard.words().text(), label);
            return label.equals("none") ? "not understood" : label;
        }
    }

    private static void neverATopic(String what, Recording sound) throws InterruptedException {
        String outcome = outcome(sound);
        System.out.printf("Bad input, %s: %s%n", what, outcome);
        assertThat(outcome).as(what).isIn("nothing heard", "not understood");
    }

    @Test
    void noiseAndAHumOpenNoTopic() throws InterruptedException {
        neverATopic("white noise", synth("white-noise", "synth", "3", "whitenoise", "vol", "0.3"));
        neverATopic("a fan's hum", synth("hum", "synth", "3", "pinknoise", "vol", "0.2", "lowpass", "400"));
    }

    @Test
    void musicOpensNoTopic() throws InterruptedException {
        List<String> notes = new ArrayList<>();
        String[] melody = {"C4", "E4", "G4", "C5", "A4", "F4", "D4", "G4"};
        for (int i = 0; i < melody.length; i++) {
            synth("note-" + i, "synth", "0.35", "pluck", melody[i], "vol", "0.6");
            notes.add(FOLDER.resolve("note-" + i + ".wav").toString());
        }
        neverATopic("a tune", sox("tune", notes));
        neverATopic(
                "a chord with vibrato",
                synth(
                        "chord", "synth", "3", "sine", "262", "sine", "330", "sine", "392", "tremolo", "6", "40", "vol",
                        "0.3"));
    }

    @Test
    void aCoughOpensNoTopic() throws InterruptedException {
        synth("burst-1", "synth", "0.25", "brownnoise", "fade", "q", "0.01", "0.25", "0.2", "vol", "0.9");
        synth("gap", "synth", "0.3", "whitenoise", "vol", "0.0005");
        synth("burst-2", "synth", "0.35", "brownnoise", "fade", "q", "0.01", "0.35", "0.3", "vol", "0.8");
        neverATopic(
                "a cough",
                sox(
                        "cough",
                        List.of(
                                FOLDER.resolve("burst-1.wav").toString(),
                                FOLDER.resolve("gap.wav").toString(),
                                FOLDER.resolve("burst-2.wav").toString())));
    }

    @Test
    void aQuietRoomIsNothingHeard() throws InterruptedException {
        assertThat(outcome(synth("quiet-room", "synth", "3", "whitenoise", "vol", "0.0005")))
                .isEqualTo("nothing heard");
        assertThat(outcome(synth("digital-silence", "trim", "0", "3"))).isEqualTo("nothing heard");
    }

    @Test
    void twoPeopleTalkingAtOnceAboutSomethingElseOpenNoTopic() throws InterruptedException {
        Path one = spoken(TestVoice.SLT, "What a lovely day it is outside today.");
        Path other = spoken(TestVoice.RMS, "My brother is driving down from the city later.");
        neverATopic("two voices at once", sox("two-voices", List.of("-m", one.toString(), other.toString())));
    }

    @Test
    void twoQuestionsAtOnceOpenAtMostOneOfThem() throws InterruptedException {
        Path one = spoken(TestVoice.SLT, "Tell me about hospice care.");
        Path other = spoken(TestVoice.RMS, "How do clinical trials work?");
        String outcome = outcome(sox("two-questions", List.of("-m", one.toString(), other.toString())));
        System.out.println("Bad input, two questions at once: " + outcome);
        assertThat(outcome).isIn("nothing heard", "not understood", "hospice-care", "clinical-trials");
    }

    @Test
    void aClippedOrVeryQuietQuestionOpensItsOwnTopicOrNone() throws InterruptedException {
        Path question = spoken(TestVoice.KEVIN16, "Tell me about hospice care.");
        for (String[] level : List.of(new String[] {"clipped", "30"}, new String[] {"very-quiet", "0.01"})) {
            String outcome = outcome(sox(level[0], List.of("-v", level[1], question.toString())));
            System.out.printf("Bad input, %s question: %s%n", level[0], outcome);
            assertThat(outcome).as(level[0]).isIn("nothing heard", "not understood", "hospice-care");
        }
    }
}
