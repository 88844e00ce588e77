package org.clinic.kiosk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.clinic.kiosk.voice.recognition.vosk.ModelProbe;

/**
 * {@code java -jar recurrence-kiosk.jar voice-model [--from FILE]}: installs the speech model that
 * {@code voice-models/manifest.properties} describes, downloaded or from a local archive, into
 * {@code voice-models/}. Exit status 0 when installed, 1 when not (with the reason), 2 for a usage
 * mistake. Needs only the JDK.
 */
public final class VoiceModelCommand {

    /** The first command-line argument that runs this instead of the web server. */
    public static final String NAME = ModelProbe.COMMAND;

    static final Path MODELS = Path.of("voice-models");

    private VoiceModelCommand() {}

    public static void main(String[] args) {
        List<String> rest = arguments(args);
        if (rest.size() == 2 && rest.get(0).equals(ModelProbe.PROBE)) {
            ModelProbe.main(new String[] {rest.get(1)});
            return;
        }
        System.exit(run(rest, MODELS, System.out, System.err));
    }

    private static List<String> arguments(String[] args) {
        List<String> list = Arrays.asList(args);
        return !list.isEmpty() && list.get(0).equals(NAME) ? list.subList(1, list.size()) : list;
    }

    static int run(List<String> args, Path models, PrintStream out, PrintStream err) {
        Path archive = null;
        if (args.size() == 2 && args.get(0).equals("--from")) {
            archive = Path.of(args.get(1));
        } else if (!args.isEmpty()) {
            err.println("Usage: voice-model [--from FILE]   (downloads the speech model, or installs it from FILE)");
            return 2;
        }
        Path manifestFile = models.resolve("manifest.properties");
        if (!Files.isRegularFile(manifestFile)) {
            err.println("There is no " + manifestFile + ". Run this command in the kiosk's folder, which holds the"
                    + " voice-models folder from the kiosk's source (README.md and manifest.properties).");
            return 1;
        }
        ModelManifest manifest;
        try {
            manifest = ModelManifest.read(manifestFile);
        } catch (IOException e) {
            err.println("The manifest cannot be read: " + e.getMessage());
            return 1;
        }
        ModelInstaller installer = new ModelInstaller(models, manifest, err);
        try {
            Path installed = archive == null ? installer.download() : installer.installFrom(archive);
            out.println("Installed " + manifest.name() + " (" + manifest.licence() + ") in " + installed
                    + ". Restart the kiosk to turn voice input on.");
            return 0;
        } catch (ModelInstaller.InstallException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("The speech model could not be installed: " + e.getMessage()
                    + ". A model installed before is unchanged.");
            return 1;
        }
    }
}
