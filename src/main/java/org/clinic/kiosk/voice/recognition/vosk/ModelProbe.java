package org.clinic.kiosk.voice.recognition.vosk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.vosk.Model;

/**
 * Reads a speech model in a separate Java process before the kiosk reads it itself: a damaged
 * model can crash the native engine, and then only the child process dies. The child runs the
 * same Java with the same class path (or the same jar) and this class's {@link #main}.
 */
public final class ModelProbe {

    /** Inside the kiosk's own jar the child runs {@code voice-model --probe FOLDER}. */
    public static final String COMMAND = "voice-model";

    public static final String PROBE = "--probe";

    /** What the child prints when the model loaded. */
    static final String LOADED = "speech model loaded";

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final int KEEP_OUTPUT = 64 * 1024;

    private ModelProbe() {}

    /** The child's side: loads the model in {@code args[0]} and exits 0 if it could, 3 if not. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ModelProbe MODEL_FOLDER");
            System.exit(2);
        }
        Model model;
        try {
            model = VoskEngine.loadModel(Path.of(args[0]));
        } catch (RuntimeException e) {
            System.out.println("speech model not loaded: " + e.getMessage());
            System.out.flush();
            System.exit(3);
            return;
        }
        VoskEngine.free(model);
        System.out.println(LOADED);
        System.out.flush();
        System.exit(0);
    }

    /**
     * Runs the probe on {@code folder} and waits at most {@code timeout}.
     *
     * @return empty when the model loaded, else why not, in words for staff
     */
    static java.util.Optional<String> run(Path folder, Duration timeout) {
        List<String> command = command(folder);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return java.util.Optional.of("the model check could not start (" + e.getMessage() + ")");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = Thread.ofVirtual().start(() -> keepTail(process.getInputStream(), output));
        try {
            process.getOutputStream().close();
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** The engine's last error line, made safe to show, or how the child ended. */
    static String reason(String output, int exit) {
        String error = null;
        for (String line : output.split("\n")) {
            if (line.startsWith("ERROR (")) {
                int end = line.indexOf(") ");
                error = end > 0 ? line.substring(end + 2) : line;
            }
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
        if (isBootJar(classPath)) {
            command.addAll(List.of("-jar", classPath, COMMAND, PROBE, folderName));
        } else {
            command.addAll(List.of("-cp", classPath, ModelProbe.class.getName(), folderName));
        }
        return command;
    }

    private static boolean isBootJar(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return false;
        }
        Path jar = Path.of(classPath);
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("BOOT-INF/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void keepTail(InputStream in, ByteArrayOutputStream output) {
        byte[] buffer = new byte[8192];
        try (in) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                synchronized (output) {
                    if (output.size() + read > KEEP_OUTPUT) {
                        byte[] kept = output.toByteArray();
                        output.reset();
                        int from = Math.min(kept.length, kept.length + read - KEEP_OUTPUT);
                        output.write(kept, from, kept.length - from);
                    }
                    output.write(buffer, 0, read);
                }
            }
        } catch (IOException e) {
            // the child is gone; what was read is enough
        }
    }
}
