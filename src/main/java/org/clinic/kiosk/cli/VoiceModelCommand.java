package org.clinic.kiosk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.clinic.kiosk.voice.recognition.vosk.ModelFolder;
import org.clinic.kiosk.voice.recognition.vosk.ModelProbe;

/**
 * {@code java -jar recurrence-kiosk.jar voice-model [--from FILE]}: installs the speech model that
 * {@code voice-models/manifest.properties} describes, downloaded or from a local archive, into
 * {@code voice-models/}. Exit status 0 when installed, 1 when not (with the reason), 2 for a usage
 * mistake. Needs only the JDK.
 *
 * <p>{@code voice-model --if-missing [--bar]} is what {@code ./kiosk run} does first: nothing when
 * the model is installed; otherwise it downloads and installs it (with a progress bar redrawn in
 * place with {@code --bar}) when the address can be reached within a few seconds, and when it
 * cannot, says so in one line. Either way it exits 0 so the kiosk starts (touch-only without a
 * model); 1 only when a download that began failed (the line says why, nothing was changed).
 */
public final class VoiceModelCommand {

    /** The first command-line argument that runs this instead of the web server. */
    public static final String NAME = ModelProbe.COMMAND;

    static final Path MODELS = Path.of("voice-models");

    /** What {@code ./kiosk run} asks for first. */
    static final String IF_MISSING = "--if-missing";

    /** How long {@code --if-missing} waits for a connection before it starts the kiosk without the model. */
    static final Duration QUICK_CONNECT = Duration.ofSeconds(5);

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
        boolean ifMissing = !args.isEmpty() && args.get(0).equals(IF_MISSING);
        boolean bar = ifMissing && args.size() == 2 && args.get(1).equals("--bar");
        if (args.size() == 2 && args.get(0).equals("--from")) {
            archive = Path.of(args.get(1));
        } else if (!args.isEmpty() && !(ifMissing && (args.size() == 1 || bar))) {
            err.println("Usage: voice-model [--from FILE]   (downloads the speech model, or installs it from FILE)");
            err.println("       voice-model --if-missing [--bar]   (installs it only if missing and reachable)");
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
        if (ifMissing) {
            return ifMissing(models, manifest, bar, out, err);
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

    /** Installs the model only when it is missing and its address answers quickly; never stops a start. */
    private static int ifMissing(Path models, ModelManifest manifest, boolean bar, PrintStream out, PrintStream err) {
        Path folder = models.resolve(manifest.folder());
        if (ModelFolder.check(folder).isEmpty()) {
            return 0;
        }
        ModelInstaller installer = new ModelInstaller(models, manifest, err, ModelInstaller.MAX_UNPACKED_BYTES, bar);
        try {
            Path installed = installer.download(manifest.url(), QUICK_CONNECT);
            out.println("Installed " + manifest.name() + " (" + manifest.licence() + ") in " + installed
                    + ": voice input starts with the kiosk.");
            return 0;
        } catch (ModelInstaller.InstallException e) {
            if (e.unreachable().isPresent()) {
                err.println("Voice input: the speech model's address " + manifest.url() + " cannot be reached from"
                        + " here (" + e.unreachable().get() + "), so the kiosk starts touch-only; install the model"
                        + " later with ./kiosk voice-model (--from FILE for a copy of the zip).");
                return 0;
            }
            err.println(e.getMessage() + " The kiosk starts touch-only.");
            return 1;
        } catch (IOException e) {
            err.println(
                    "The speech model could not be installed: " + e.getMessage() + ". The kiosk starts touch-only.");
            return 1;
        }
    }
}
