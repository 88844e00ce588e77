package org.clinic.kiosk.voice.recognition.pocketsphinx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.clinic.kiosk.voice.recognition.ChildProcessCheck;
import org.clinic.kiosk.voice.recognition.Vocabulary;

/**
 * Reads the PocketSphinx model in a separate Java process before the kiosk reads it: on some
 * damaged files PocketSphinx ends the process ({@code FATAL}) or crashes (a damaged noise
 * dictionary or a cut-off model file crash it at the first audio). So the child does all the kiosk
 * will do: reads the dictionary, starts the open-speech decoder and a grammar decoder, and feeds
 * each a second of quiet audio.
 */
public final class PocketSphinxProbe {

    /** What the child prints when all went well. */
    static final String LOADED = "speech model loaded";

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final Vocabulary WORDS = new Vocabulary(List.of("hello kiosk", "tell me about hospice", "[unk]"));

    private PocketSphinxProbe() {}

    /** The child's side: exits 0 when the model in {@code args[0]} works, 3 when it does not. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: PocketSphinxProbe MODEL_FOLDER");
            System.exit(2);
        }
        try {
            PocketSphinxModel model = new PocketSphinxModel(Path.of(args[0]));
            PronouncingDictionary dictionary = PronouncingDictionary.read(model.dictionary());
            GrammarFiles grammar = GrammarFiles.of(WORDS, dictionary, "probe");
            for (Decoder decoder : List.of(
                    NativeDecoder.open(model, null),
                    NativeDecoder.grammar(model, grammar.dictionary(), grammar.arpa(), null))) {
                decoder.start();
                short[] quiet = new short[1600];
                for (int i = 0; i < 10; i++) {
                    for (int s = 0; s < quiet.length; s++) {
                        quiet[s] = (short) ((s * 7919 + i * 104729) % 17 - 8); // a faint hiss, not digital silence
                    }
                    decoder.process(quiet, quiet.length);
                }
                decoder.end();
                decoder.free();
            }
        } catch (RuntimeException | LinkageError e) {
            System.out.println("speech model not loaded: " + e.getMessage());
            System.out.flush();
            System.exit(3);
            return;
        }
        System.out.println(LOADED);
        System.out.flush();
        System.exit(0);
    }

    /** Runs the check on {@code folder}: empty when the model works, else why not, for staff. */
    static Optional<String> run(Path folder, Duration timeout) {
        ChildProcessCheck.Outcome outcome = ChildProcessCheck.run(
                PocketSphinxProbe.class, List.of(folder.toAbsolutePath().toString()), timeout);
        if (!outcome.finished()) {
            return Optional.of(outcome.problem());
        }
        if (outcome.exit() == 0 && outcome.output().contains(LOADED)) {
            return Optional.empty();
        }
        return Optional.of(reason(outcome.output(), outcome.exit()));
    }

    /** The engine's last error (else the check's own words), made safe to show, or how the child ended. */
    static String reason(String output, int exit) {
        String engine = null;
        String check = null;
        boolean crashed = false;
        for (String line : output.split("\n")) {
            if (line.startsWith("FATAL: ") || line.startsWith("ERROR: ")) {
                int text = line.indexOf(": ", line.indexOf("line "));
                engine = text > 0 ? line.substring(text + 2) : line.substring(7);
            } else if (line.startsWith("speech model not loaded: ")) {
                check = line.substring("speech model not loaded: ".length());
            } else if (line.startsWith("Error: ")) { // Java itself could not run the check
                check = line.substring("Error: ".length());
            }
            crashed |= line.contains("SIGSEGV") || line.contains("SIGBUS") || line.contains("SIGABRT");
        }
        String said = engine != null ? engine : check;
        if (crashed) {
            return "the speech engine crashed while reading it"
                    + (said == null ? "" : " (its last words: " + printable(said) + ")");
        }
        if (said != null) {
            return "the speech engine said: " + printable(said);
        }
        return "the model check ended with exit code " + exit;
    }

    /** Only printable ASCII (a damaged file's bytes may be quoted), at most 160 characters, no final full stop. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        String shown = out.length() > 160 ? out.substring(0, 148) + " (cut short)" : out.toString();
        while (shown.endsWith(".")) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown.strip();
    }
}
