package org.clinic.kiosk.voice.recognition.vosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Model folders for tests: every file a Vosk model needs, filled with garbage. */
public final class TestModels {

    private TestModels() {}

    public static List<String> files() {
        List<String> all = new ArrayList<>(ModelFolder.REQUIRED);
        all.addAll(ModelFolder.LOOKAHEAD_GRAPH);
        return all;
    }

    /** A folder with the right structure and random bytes in every file: a corrupt model. */
    public static Path garbage(Path folder) throws IOException {
        Random random = new Random(42);
        for (String file : files()) {
            Path path = folder.resolve(file);
            Files.createDirectories(path.getParent());
            byte[] bytes = new byte[2048];
            random.nextBytes(bytes);
            Files.write(path, bytes);
        }
        return folder;
    }

    /** The installed small English model, when someone has installed it in this checkout. */
    public static Path installed() {
        return Path.of("voice-models/vosk-model-small-en-us-0.15");
    }

    public static boolean modelInstalled() {
        return ModelFolder.check(installed()).isEmpty();
    }
}
