package org.clinic.kiosk.voice.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinic.kiosk.voice.LabelledSpeech;
import org.clinic.kiosk.voice.SpokenPipeline;
import org.clinic.kiosk.voice.TestVoice;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.clinic.kiosk.voice.recognition.pocketsphinx.PocketSphinxModel;
import org.clinic.kiosk.voice.recognition.pocketsphinx.PocketSphinxRecognizer;
import org.clinic.kiosk.voice.recognition.pocketsphinx.TestPocketSphinx;

/**
 * Makes the grammar-biased real-recognizer copy of a labelled set: {@code ./kiosk grammar-copy NAME
 * [VOICE...]} writes {@code src/test/resources/voice/eval/NAME-pocketsphinx-grammar.tsv}. Each
 * utterance of {@code NAME.tsv} is spoken by flite slt and rms (or the voices named: flite-slt,
 * flite-rms, flite-awb, espeak-ng) and heard as the kiosk hears a question: 100 ms chunks through
 * its own pipeline ({@link SpokenPipeline}: converter, endpointer with the default 0.6 s end
 * silence) into the real {@link PocketSphinxRecognizer} with the vocabulary of the matcher that
 * {@link LabelledSpeech#matcher()} builds, the words and n-best alternatives being those the kiosk's
 * matcher would get. Half a second of a quiet room comes before each utterance and one second after
 * (the endpointer needs the silence to end the question).
 *
 * <p>One recognizer per voice hears the set's utterances in order, as a kiosk hears questions one
 * after another (its grammar decoder is reused, so each question starts from the last one's sound
 * levels); the voices run side by side, each on its own thread, and the result does not depend on
 * the machine's load. The WAVs are made in a temporary folder and deleted; none is kept. Same format
 * as {@code recognize.py}'s copies: {@code label<TAB>best<TAB>voice<TAB>alternatives separated by " |
 * "}, each voice's lines after the one before, under two header lines naming the vocabulary ({@link
 * GrammarStamp}). {@code --open} hears with the open vocabulary instead and writes {@code
 * NAME-pocketsphinx-kiosk-open.tsv}. {@code --first N} prints the first N utterances' lines instead, writing nothing.
 */
public final class GrammarCopy {

    static final Path FOLDER = Path.of("src/test/resources/voice/eval");
    static final String SUFFIX = "-pocketsphinx-grammar";
    /** With {@code --open}: heard the same way but with PocketSphinx's open vocabulary, as the kiosk hears with no grammar. */
    static final String OPEN_SUFFIX = "-pocketsphinx-kiosk-open";
    /** The second header line of every copy, as {@code recognize.py} writes it. */
    private static final String COLUMNS =
            "# label<TAB>best transcript<TAB>voice<TAB>other n-best alternatives, separated by ' | '";

    private static final Map<String, TestVoice> VOICES = new LinkedHashMap<>();

    static {
        VOICES.put("flite-slt", TestVoice.SLT);
        VOICES.put("flite-rms", TestVoice.RMS);
        VOICES.put("flite-awb", TestVoice.AWB);
        VOICES.put("espeak-ng", TestVoice.ESPEAK);
    }

    private GrammarCopy() {}

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int first = Integer.MAX_VALUE;
        boolean open = false;
        while (!rest.isEmpty() && rest.getFirst().startsWith("--")) {
            if (rest.getFirst().equals("--open")) {
                open = true;
                rest = rest.subList(1, rest.size());
            } else if (rest.size() > 1 && rest.getFirst().equals("--first")) {
                first = Integer.parseInt(rest.get(1));
                rest = rest.subList(2, rest.size());
            } else {
                break;
            }
        }
        if (rest.isEmpty()
                || rest.getFirst().contains("-noisy")
                || rest.getFirst().contains("-pocketsphinx")) {
            throw new IllegalArgumentException("Usage: ./kiosk grammar-copy [--first N] NAME [VOICE...], NAME a typed"
                    + " set of " + FOLDER + " (dev, tuning, ...), VOICE one of " + VOICES.keySet());
        }
        String name = rest.getFirst();
        List<String> voices = rest.size() > 1 ? rest.subList(1, rest.size()) : List.of("flite-slt", "flite-rms");
        for (String voice : voices) {
            if (!VOICES.containsKey(voice) || !VOICES.get(voice).available()) {
                throw new IllegalArgumentException("No voice " + voice + " here (one of " + VOICES.keySet() + ")");
            }
        }
        if (!TestPocketSphinx.installed()) {
            throw new IllegalStateException("PocketSphinx is not installed here (see the README)");
        }
        List<EvaluationSet.Utterance> items = EvaluationSet.read(name).utterances();
        items = items.subList(0, Math.min(first, items.size()));
        Vocabulary vocabulary =
                open ? Vocabulary.UNRESTRICTED : LabelledSpeech.matcher().vocabulary();
        List<String> file =
                new ArrayList<>(open ? openHeader(name, voices) : header(name, voices, GrammarStamp.of(vocabulary)));
        long began = System.nanoTime();
        List<String> lines = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(voices.size())) {
            List<Future<List<String>>> heard = new ArrayList<>();
            for (String voice : voices) {
                List<EvaluationSet.Utterance> said = items;
                heard.add(threads.submit(() -> hear(voice, said, vocabulary)));
            }
            for (Future<List<String>> voiceLines : heard) {
                lines.addAll(voiceLines.get());
            }
        }
        System.err.printf(
                Locale.ROOT,
                "%s: %d utterances x %d voices heard in %.1f min%n",
                name,
                items.size(),
                voices.size(),
                (System.nanoTime() - began) / 60e9);
        if (first != Integer.MAX_VALUE) {
            lines.forEach(System.out::println);
            return;
        }
        file.addAll(lines);
        Path copy = FOLDER.resolve(name + (open ? OPEN_SUFFIX : SUFFIX) + ".tsv");
        Path part = copy.resolveSibling(copy.getFileName() + ".part");
        Files.write(part, file, StandardCharsets.UTF_8);
        Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING);
        System.err.println("wrote " + copy);
    }

    /** The set's utterances spoken by {@code voice}, heard one after another by one fresh recognizer. */
    private static List<String> hear(String voice, List<EvaluationSet.Utterance> items, Vocabulary vocabulary)
            throws InterruptedException {
        PocketSphinxRecognizer recognizer = new PocketSphinxRecognizer(PocketSphinxModel.DEBIAN);
        recognizer.start();
        recognizer.awaitLoaded(Duration.ofMinutes(5));
        RecognizerStatus status = recognizer.status();
        if (!status.ready()) {
            throw new IllegalStateException("PocketSphinx is not ready: " + status.detail());
        }
        List<String> lines = new ArrayList<>();
        try (SpokenPipeline pipeline = new SpokenPipeline(recognizer, LabelledSpeech.settings())) {
            for (EvaluationSet.Utterance item : items) {
                String said = item.heard().getFirst();
                Transcript words = pipeline.hear(
                                VOICES.get(voice).sayWithoutKeeping(said).inQuietRoom(0.5, 1.0), vocabulary)
                        .words();
                lines.add(item.label() + "\t" + words.text() + "\t" + voice + "\t"
                        + String.join(" | ", words.alternatives()));
                if (lines.size() % 50 == 0) {
                    System.err.printf(Locale.ROOT, "  %s: %d of %d%n", voice, lines.size(), items.size());
                }
            }
        } finally {
            recognizer.close();
        }
        return lines;
    }

    private static List<String> header(String name, List<String> voices, GrammarStamp stamp) {
        String spoken = voices.size() == 1
                ? voices.getFirst()
                : String.join(", ", voices.subList(0, voices.size() - 1)) + " and (below the first voice's lines) "
                        + voices.getLast();
        return List.of(
                "# Grammar-biased real-recognizer copy of " + name + ".tsv: each utterance spoken by " + spoken
                        + ", and heard as the kiosk hears a question (its pipeline, and its PocketSphinxRecognizer"
                        + " with PocketSphinx 5prealpha's en-us model biased to the matcher's " + stamp.text()
                        + "), made by GrammarCopy (./kiosk grammar-copy " + name + ") at " + commit() + " on "
                        + LocalDate.now() + ".",
                COLUMNS);
    }

    private static List<String> openHeader(String name, List<String> voices) {
        return List.of(
                "# Real-recognizer copy of " + name + ".tsv heard as the kiosk hears a question with no grammar: each"
                        + " utterance spoken by " + String.join(" and ", voices)
                        + " through the kiosk's pipeline into its"
                        + " PocketSphinxRecognizer with the en-us model's open vocabulary, made by GrammarCopy"
                        + " (./kiosk grammar-copy --open " + name + ") at " + commit() + " on " + LocalDate.now() + ".",
                COLUMNS);
    }

    /** The checkout's commit, with a note when its code has uncommitted changes. */
    private static String commit() {
        try {
            String head = git("rev-parse", "--short", "HEAD");
            boolean changed = !git("status", "--porcelain", "--untracked-files=no", "--", "src/main", "src/test/java")
                    .isEmpty();
            return head.isEmpty() ? "an unknown commit" : head + (changed ? " (with uncommitted changes)" : "");
        } catch (IOException e) {
            return "an unknown commit";
        }
    }

    private static String git(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            return process.waitFor() == 0 ? out : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
