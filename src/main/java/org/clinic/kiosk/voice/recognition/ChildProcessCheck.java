package org.clinic.kiosk.voice.recognition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * Runs a speech engine's check in a separate Java process: native engines end or crash the whole
 * process on some damaged model files, and then only the child dies. The child is the same Java
 * with the same class path and runs {@code main}'s {@code main} method; inside the kiosk's own
 * Spring Boot jar it runs through the jar's {@code PropertiesLauncher}. A crash report goes to the
 * child's standard error (never to a file), and no core file is written.
 */
public final class ChildProcessCheck {

    private static final int KEEP_OUTPUT = 64 * 1024;
    private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    /**
     * How the child ended.
     *
     * @param exit     its exit status (-1 when it was stopped for taking too long or never started)
     * @param output   the last 64 KB of what it printed (standard output and error together)
     * @param problem  why it could not run or finish, in words for staff; empty when it ran to its end
     */
    public record Outcome(int exit, String output, String problem) {

        public boolean finished() {
            return problem.isEmpty();
        }
    }

    private ChildProcessCheck() {}

    /** Runs {@code main} with {@code args} and waits at most {@code timeout}. */
    public static Outcome run(Class<?> main, List<String> args, Duration timeout) {
        Process process;
        try {
            process = new ProcessBuilder(command(main, args))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            return new Outcome(-1, "", "the check could not start (" + e.getMessage() + ")");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = Thread.ofVirtual().start(() -> keepTail(process.getInputStream(), output));
        try {
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                return new Outcome(
                        -1, "", "reading it took longer than " + timeout.toSeconds() + " seconds, so it was stopped");
            }
            reader.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Outcome(-1, "", "the check was interrupted");
        } catch (IOException e) {
            process.destroyForcibly();
            return new Outcome(-1, "", "the check could not be told to start (" + e.getMessage() + ")");
        }
        synchronized (output) {
            return new Outcome(process.exitValue(), output.toString(StandardCharsets.UTF_8), "");
        }
    }

    /** The same Java and class path; in a Spring Boot jar, its launcher told which class to run. */
    static List<String> command(Class<?> main, List<String> args) {
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = classPath(main);
        List<String> command = new ArrayList<>(List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+ErrorFileToStderr",
                "-XX:-CreateCoredumpOnCrash",
                "-cp",
                classPath));
        if (isBootJar(classPath)) {
            command.add("-Dloader.main=" + main.getName());
            command.add(LAUNCHER);
        } else {
            command.add(main.getName());
        }
        command.addAll(args);
        return command;
    }

    /**
     * The class path the child needs: this JVM's, unless {@code main} was loaded from elsewhere (a
     * class loader of its own, as when Maven runs a benchmark in its own JVM): then that loader's.
     */
    static String classPath(Class<?> main) {
        String classPath = System.getProperty("java.class.path", "");
        java.security.CodeSource source = main.getProtectionDomain().getCodeSource();
        if (source == null || classPath.contains(java.io.File.pathSeparator) || isBootJar(classPath)) {
            return classPath;
        }
        String location =
                Path.of(java.net.URI.create(source.getLocation().toString())).toString();
        if (classPath.contains(location)) {
            return classPath;
        }
        List<String> entries = new ArrayList<>();
        for (ClassLoader loader = main.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof java.net.URLClassLoader urls) {
                for (java.net.URL url : urls.getURLs()) {
                    entries.add(Path.of(java.net.URI.create(url.toString())).toString());
                }
            }
        }
        return entries.isEmpty() ? classPath : String.join(java.io.File.pathSeparator, entries);
    }

    /** Whether {@code classPath} is the kiosk's own Spring Boot jar (a child then runs its command). */
    public static boolean isBootJar(String classPath) {
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

    /** Reads a child's output to its end, keeping only the last 64 KB (for the reason shown to staff). */
    public static void keepTail(InputStream in, ByteArrayOutputStream output) {
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
