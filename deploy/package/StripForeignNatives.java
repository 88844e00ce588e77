import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build tool for the Debian package (run by build-deb.sh as a single-file program:
 * {@code java StripForeignNatives.java JAR...}): removes from each jar the native libraries for
 * other systems than Linux x86-64 (Windows, macOS, other CPUs, musl), with the folders that held
 * them. A jar that carried native libraries must keep one for Linux x86-64, else the build fails.
 */
public final class StripForeignNatives {

    private static final Pattern NATIVE = Pattern.compile("(?i).*\\.(so|dll|dylib|jnilib|a)$");

    /**
     * The folder names the bundled libraries use for Linux x86-64 (JNA, Vosk, sqlite-jdbc; ONNX Runtime's
     * {@code linux-x64}; DJL's tokenizer {@code linux-x86_64/cpu}).
     */
    private static final Pattern LINUX_X86_64 =
            Pattern.compile("(?i)(^|.*/)(linux-x86-64|linux-x64|linux-x86_64(/cpu)?|linux/x86_64)/[^/]*$");

    public static void main(String[] args) throws IOException {
        for (String jar : args) {
            strip(Path.of(jar));
        }
    }

    private static void strip(Path jar) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Path root = zip.getPath("/");
            List<Path> natives;
            try (Stream<Path> files = Files.walk(root)) {
                natives = files.filter(Files::isRegularFile)
                        .filter(file -> NATIVE.matcher(file.toString()).matches())
                        .toList();
            }
            if (natives.isEmpty()) {
                return;
            }
            List<Path> foreignFolders = natives.stream()
                    .filter(file -> !LINUX_X86_64.matcher(file.toString()).matches())
                    .map(Path::getParent)
                    .distinct()
                    .toList();
            if (foreignFolders.size() == natives.stream().map(Path::getParent).distinct().count()) {
                throw new IllegalStateException(jar + " has native libraries, but none for Linux x86-64");
            }
            long bytes = 0;
            int removed = 0;
            for (Path folder : foreignFolders) {
                if (!Files.exists(folder)) {
                    continue; // inside a foreign folder already removed (macOS debug symbols in a .dSYM)
                }
                List<Path> entries;
                try (Stream<Path> walk = Files.walk(folder)) {
                    entries = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
                }
                for (Path entry : entries) {
                    if (Files.isRegularFile(entry)) {
                        if (LINUX_X86_64.matcher(entry.toString()).matches()) {
                            continue; // the one to keep, should it sit below a foreign folder
                        }
                        bytes += Files.size(entry);
                        removed += NATIVE.matcher(entry.toString()).matches() ? 1 : 0;
                        Files.delete(entry);
                    } else {
                        deleteEmptyParents(entry);
                    }
                }
                deleteEmptyParents(folder.getParent());
            }
            System.out.printf(
                    "%s: removed %d native libraries for other systems (%.1f MB)%n",
                    jar.getFileName(), removed, bytes / 1e6);
        }
    }

    private static void deleteEmptyParents(Path folder) throws IOException {
        Path current = folder;
        while (current != null && current.getParent() != null) {
            if (!Files.isDirectory(current)) {
                current = current.getParent();
                continue;
            }
            try (Stream<Path> children = Files.list(current)) {
                if (children.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }
}
