package org.clinic.kiosk.usage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The usage file and its folder, readable by the kiosk's own user only (0600 and 0700), whatever
 * the process's umask: made so when new, tightened when found open to others.
 */
final class OwnerOnly {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);

    private OwnerOnly() {}

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Makes the folder (0700) if it is missing. An existing folder is left as the clinic set it. */
    static void folder(Path folder) throws IOException {
        if (Files.isDirectory(folder) || !posix()) {
            Files.createDirectories(folder);
            return;
        }
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
    }

    /** Creates the file empty (0600) if it is missing, or takes away what others may do with it. */
    static void file(Path file) throws IOException {
        if (!posix()) {
            return;
        }
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } else if (!Files.getPosixFilePermissions(file).equals(FILE)) {
            try {
                Files.setPosixFilePermissions(file, FILE);
            } catch (IOException e) { // another user's file the kiosk may still write: say so, go on
                LOG.warn(
                        "The usage file {} can be read by others and its mode cannot be changed: {}",
                        file,
                        e.toString());
            }
        }
    }
}
