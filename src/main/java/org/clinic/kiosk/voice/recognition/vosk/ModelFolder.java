package org.clinic.kiosk.voice.recognition.vosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files a Vosk model folder needs, checked in Java before any native code reads them: a
 * missing file is named instead of letting the engine fail (or crash) on it. The layout is the one
 * of {@code vosk-model-small-en-us-0.15}: a lookahead graph ({@code HCLr.fst} + {@code Gr.fst}) or a
 * full {@code HCLG.fst}, and an i-vector extractor.
 */
public final class ModelFolder {

    /** Needed by every model, whatever its graph. */
    static final List<String> REQUIRED = List.of(
            "am/final.mdl",
            "conf/mfcc.conf",
            "conf/model.conf",
            "ivector/final.dubm",
            "ivector/final.ie",
            "ivector/final.mat",
            "ivector/global_cmvn.stats",
            "ivector/online_cmvn.conf",
            "ivector/splice.conf");

    /** The small models' lookahead graph; a full {@code graph/HCLG.fst} replaces these. */
    static final List<String> LOOKAHEAD_GRAPH =
            List.of("graph/HCLr.fst", "graph/Gr.fst", "graph/disambig_tid.int", "graph/phones/word_boundary.int");

    static final String FULL_GRAPH = "graph/HCLG.fst";

    private ModelFolder() {}

    /**
     * What is wrong with {@code folder} as a model, in words for staff: "the folder ... does not
     * exist", or "am/final.mdl is missing"; empty when every needed file is there and not empty.
     */
    public static Optional<Problem> check(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.of(new Problem(true, "there is no folder " + folder));
        }
        for (String file : REQUIRED) {
            Optional<Problem> missing = missing(folder, file);
            if (missing.isPresent()) {
                return missing;
            }
        }
        if (Files.isRegularFile(folder.resolve(FULL_GRAPH))) {
            return missing(folder, FULL_GRAPH);
        }
        for (String file : LOOKAHEAD_GRAPH) {
            Optional<Problem> missing = missing(folder, file);
            if (missing.isPresent()) {
                return missing;
            }
        }
        return Optional.empty();
    }

    /** Only printable ASCII (a damaged file's bytes may be quoted), at most 160 characters. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.length() > 160 ? out.substring(0, 148) + " (cut short)" : out.toString();
    }

    private static Optional<Problem> missing(Path folder, String file) {
        Path path = folder.resolve(file);
        try {
            if (!Files.isRegularFile(path)) {
                return Optional.of(new Problem(false, file + " is missing"));
            }
            if (Files.size(path) == 0) {
                return Optional.of(new Problem(false, file + " is empty"));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new Problem(false, file + " cannot be read (" + e.getMessage() + ")"));
        }
    }

    /**
     * Whether the model has a full decoding graph ({@code graph/HCLG.fst}). Vosk then decodes with
     * that graph whatever grammar it is given (only a lookahead model, {@code HCLr.fst} with
     * {@code Gr.fst}, can build one at run time), so the kiosk asks such a model for any words.
     */
    static boolean fullGraph(Path folder) {
        return Files.isRegularFile(folder.resolve(FULL_GRAPH));
    }

    /**
     * @param absent the folder itself is not there (nothing installed), rather than incomplete
     * @param what   what is wrong, in words for staff
     */
    public record Problem(boolean absent, String what) {}
}
