package org.clinic.kiosk.voice.recognition.vosk;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clinic.kiosk.voice.recognition.AudioFormat;
import org.clinic.kiosk.voice.recognition.ChildProcessCheck;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * Reads a speech model in a separate Java process before the kiosk reads it itself: a damaged
 * model can crash the native engine, and then only the child process dies. The child runs the
 * same Java with the same class path (or the same jar) and this class's {@link #main}: it reads
 * the model, builds the recognizer the kiosk will use for questions (the real grammar, whose
 * phrases it reads from standard input, one a line) and feeds it a second of silence, so a model
 * that loads but cannot decode is caught here too.
 */
public final class ModelProbe {

    /** Inside the kiosk's own jar the child runs {@code voice-model --probe FOLDER}. */
    public static final String COMMAND = "voice-model";

    public static final String PROBE = "--probe";

    /** What the child prints when the model loaded and decoded silence. */
    static final String LOADED = "speech model loaded";

    /** What the child prints before its reason when it could not read or use the model. */
    static final String NOT_LOADED = "speech model not loaded: ";

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private ModelProbe() {}

    /**
     * The child's side: loads the model in {@code args[0]}, builds the question recognizer from
     * the phrases on standard input and decodes a second of silence; exits 0 if all that worked,
     * 3 if not.
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ModelProbe MODEL_FOLDER < PHRASES");
            System.exit(2);
        }
        try {
            Vocabulary questions = new Vocabulary(phrases(System.in));
            String said = decodeSilence(Path.of(args[0]), questions);
            System.out.println(LOADED + " (" + said + ")");
            System.out.flush();
            System.exit(0);
        } catch (RuntimeException | IOException e) {
            System.out.println(NOT_LOADED + e.getMessage());
            System.out.flush();
            System.exit(3);
        }
    }

    private static List<String> phrases(InputStream in) throws IOException {
        List<String> phrases = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                phrases.add(line.strip());
            }
        }
        return phrases;
    }

    /** Reads the model, builds the kiosk's question recognizer and feeds it a second of silence. */
    static String decodeSilence(Path folder, Vocabulary questions) {
        NativeModel model = VoskEngine.loadModel(folder);
        try {
            boolean grammar = !questions.unrestricted() && !ModelFolder.fullGraph(folder);
            String json = grammar
                    ? VoskGrammar.of(questions, model::knows, VoskGrammar.UNKNOWN_SHARE)
                            .json()
                    : null;
            NativeRecognizer recognizer = model.recognizer(json);
            try {
                short[] tenth = new short[AudioFormat.RECOGNIZER.sampleRate() / 10];
                for (int i = 0; i < 10; i++) {
                    if (recognizer.accept(tenth, tenth.length) == NativeRecognizer.FAILED) {
                        throw new RecognizerException("the speech engine failed on a second of silence");
                    }
                }
                VoskResults.text(recognizer.finalResult());
            } finally {
                recognizer.free();
            }
            return grammar ? "a grammar of " + questions.phrases().size() + " phrases" : "its own graph";
        } finally {
            model.free();
        }
    }

    /**
     * Runs the probe on {@code folder} with the question phrases and waits at most {@code timeout}.
     *
     * @return empty when the model loaded, else why not, in words for staff
     */
    static java.util.Optional<String> run(Path folder, Vocabulary questions, Duration timeout) {
        List<String> command = command(folder);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return java.util.Optional.of("the model check could not start (" + e.getMessage() + ")");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = Thread.ofVirtual().start(() -> ChildProcessCheck.keepTail(process.getInputStream(), output));
        try {
            try (Writer phrases = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                for (String phrase : questions.phrases()) {
                    phrases.write(phrase.replace('\n', ' ') + "\n");
                }
            } catch (IOException e) {
                // the child ended before reading them all: its exit says why
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                return java.util.Optional.of(
                        "reading it took longer than " + timeout.toSeconds() + " seconds, so it was stopped");
            }
            reader.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return java.util.Optional.of("the model check was interrupted");
        }
        String text;
        synchronized (output) {
            text = output.toString(StandardCharsets.UTF_8);
        }
        int exit = process.exitValue();
        if (exit == 0 && text.contains(LOADED)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(reason(text, exit));
    }

    /** The engine's last error line, else the child's own reason, made safe to show, or how the child ended. */
    static String reason(String output, int exit) {
        String error = null;
        String own = null;
        for (String line : output.split("\n")) {
            if (line.startsWith("ERROR (")) {
                int end = line.indexOf(") ");
                error = end > 0 ? line.substring(end + 2) : line;
            } else if (line.startsWith(NOT_LOADED)) {
                own = line.substring(NOT_LOADED.length());
            }
        }
        if (error == null && own != null) {
            return ModelFolder.printable(own).replaceAll("\\.+$", "");
        }
        if (error != null) {
            String said = ModelFolder.printable(error);
            while (said.endsWith(".")) { // the status adds its own full stop
                said = said.substring(0, said.length() - 1);
            }
            return "the speech engine said: " + said;
        }
        if (exit > 128) {
            return "the speech engine crashed while reading it (signal " + (exit - 128) + ")";
        }
        return "the model check ended with exit code " + exit;
    }

    /** Same Java, same class path; inside the kiosk's own jar, the jar's {@code voice-model --probe}. */
    static List<String> command(Path folder) {
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty("java.class.path", "");
        List<String> command = new ArrayList<>(List.of(
                java, "--enable-native-access=ALL-UNNAMED", "-Xmx64m", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        String folderName = folder.toAbsolutePath().toString();
        if (ChildProcessCheck.isBootJar(classPath)) {
            command.addAll(List.of("-jar", classPath, COMMAND, PROBE, folderName));
        } else {
            command.addAll(List.of("-cp", classPath, ModelProbe.class.getName(), folderName));
        }
        return command;
    }
}
