package org.clinic.kiosk.voice.recognition.pocketsphinx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where PocketSphinx's model files are, in the layout of Debian's {@code pocketsphinx-en-us}: the
 * acoustic model folder {@code en-us/}, the pronouncing dictionary and the language model for open
 * speech. {@link #check()} looks at them in Java before any native code reads them.
 *
 * @param folder the model's folder ({@code /usr/share/pocketsphinx/model/en-us} on Debian)
 */
public record PocketSphinxModel(Path folder) {

    /** Debian's {@code pocketsphinx-en-us} package puts its model here. */
    public static final Path DEBIAN = Path.of("/usr/share/pocketsphinx/model/en-us");

    /** The files the acoustic model folder needs (a PTM model, as Debian's). */
    static final List<String> ACOUSTIC =
            List.of("feat.params", "mdef", "means", "variances", "sendump", "transition_matrices", "noisedict");

    Path acousticModel() {
        return folder.resolve("en-us");
    }

    Path dictionary() {
        return folder.resolve("cmudict-en-us.dict");
    }

    Path languageModel() {
        return folder.resolve("en-us.lm.bin");
    }

    /** Every file the engine reads, for checks and tests. */
    List<Path> files() {
        List<Path> files = new java.util.ArrayList<>(
                ACOUSTIC.stream().map(acousticModel()::resolve).toList());
        files.add(dictionary());
        files.add(languageModel());
        return files;
    }

    /**
     * What is wrong with the folder, in words for staff ("there is no folder ...", "en-us/mdef is
     * empty"); empty when every file is there and not empty.
     */
    public Optional<Problem> check() {
        if (!Files.isDirectory(folder)) {
            return Optional.of(new Problem(true, "there is no folder " + folder));
        }
        for (Path file : files()) {
            String name = folder.relativize(file).toString();
            try {
                if (!Files.isRegularFile(file)) {
                    return Optional.of(new Problem(false, name + " is missing"));
                }
                if (Files.size(file) == 0) {
                    return Optional.of(new Problem(false, name + " is empty"));
                }
            } catch (IOException e) {
                return Optional.of(new Problem(false, name + " cannot be read (" + e.getMessage() + ")"));
            }
        }
        return Optional.empty();
    }

    /** Whether a complete model seems to be there (the files, before the engine has read them). */
    public boolean found() {
        return check().isEmpty();
    }

    /**
     * @param absent the folder itself is not there (nothing installed), rather than incomplete
     * @param what   what is wrong, in words for staff
     */
    public record Problem(boolean absent, String what) {}
}
