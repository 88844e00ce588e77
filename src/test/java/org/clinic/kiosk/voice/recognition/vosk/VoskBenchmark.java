package org.clinic.kiosk.voice.recognition.vosk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clinic.kiosk.speech.freetts.FreeTtsSynthesizer;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.Utterance;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * Vosk's figures on questions the kiosk's FreeTTS voice speaks: {@code ./kiosk bench vosk [MODEL_DIR]}.
 * Model load time, real-time factor (processing time / audio length, median over runs) and the
 * time from the last chunk of speech to the final transcript. Without an installed model it says
 * so in one line and measures nothing.
 */
public final class VoskBenchmark {

    private static final List<String> QUESTIONS = List.of(
            "tell me about hospice",
            "what is palliative care",
            "can i join a clinical trial",
            "why did my cancer come back",
            "go back",
            "read it again");

    private static final int RUNS = 5;

    public static void main(String[] args) throws InterruptedException {
        Path folder = args.length > 0 ? Path.of(args[0]) : TestModels.installed();
        Optional<ModelFolder.Problem> problem = ModelFolder.check(folder);
        if (problem.isPresent()) {
            System.out.println("vosk: no speech model installed at " + folder + " ("
                    + problem.get().what() + "): Vosk figures not measured");
            return;
        }
        List<short[]> spoken = new ArrayList<>();
        try (FreeTtsSynthesizer voice = new FreeTtsSynthesizer(1)) {
            for (String question : QUESTIONS) {
                spoken.add(SpokenQuestions.speak(voice, question));
            }
        }
        // exec:java runs inside Maven's JVM, whose class path a child JVM cannot reuse: the model is
        // read here directly (the kiosk itself always checks it in a child process first)
        long began = System.nanoTime();
        try (VoskSpeechRecognizer recognizer = new VoskSpeechRecognizer(folder, f -> Optional.empty())) {
            recognizer.start();
            recognizer.awaitLoaded(Duration.ofMinutes(5));
            double loadSeconds = (System.nanoTime() - began) / 1e9;
            if (!recognizer.status().ready()) {
                System.out.println("vosk: " + recognizer.status().detail());
                return;
            }
            System.out.printf(Locale.ROOT, "vosk: model %s loaded in %.2f s%n", folder.getFileName(), loadSeconds);
            Vocabulary grammar = new Vocabulary(QUESTIONS);
            for (Vocabulary vocabulary : List.of(grammar, Vocabulary.UNRESTRICTED)) {
                measure(recognizer, vocabulary, spoken);
            }
        }
    }

    private static void measure(VoskSpeechRecognizer recognizer, Vocabulary vocabulary, List<short[]> spoken) {
        List<Double> factors = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        int right = 0;
        int total = 0;
        for (int run = 0; run < RUNS + 1; run++) {
            for (int q = 0; q < spoken.size(); q++) {
                short[] speech = spoken.get(q);
                long start = System.nanoTime();
                Transcript heard;
                long lastChunk;
                try (Utterance utterance = recognizer.begin(vocabulary)) {
                    for (int at = 0; at < speech.length; at += SpokenQuestions.CHUNK) {
                        int length = Math.min(SpokenQuestions.CHUNK, speech.length - at);
                        utterance.accept(Arrays.copyOfRange(speech, at, at + length), length);
                    }
                    lastChunk = System.nanoTime();
                    heard = utterance.finish();
                }
                long end = System.nanoTime();
                if (run == 0) {
                    continue; // warm-up
                }
                factors.add((end - start) / 1e9 / SpokenQuestions.seconds(speech));
                latencies.add((end - lastChunk) / 1e6);
                total++;
                if (heard.text().equals(QUESTIONS.get(q))) {
                    right++;
                }
            }
        }
        factors.sort(null);
        latencies.sort(null);
        System.out.printf(
                Locale.ROOT,
                "vosk (%s): real-time factor median %.3f (p90 %.3f); last chunk to final transcript median %.1f ms"
                        + " (p90 %.1f ms); %d of %d transcripts exactly right; %d questions x %d runs%n",
                vocabulary.unrestricted() ? "no grammar" : "grammar",
                factors.get(factors.size() / 2),
                factors.get(factors.size() * 9 / 10),
                latencies.get(latencies.size() / 2),
                latencies.get(latencies.size() * 9 / 10),
                right,
                total,
                QUESTIONS.size(),
                RUNS);
    }
}
