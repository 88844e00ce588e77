package org.clinic.kiosk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.clinic.kiosk.voice.recognition.vosk.ModelFolder;

/**
 * Unpacks a model archive safely: only into the one folder the manifest names, never through an absolute or
 * climbing path, and never more than a size and a number of files a speech model could have (a zip bomb stops).
 */
final class ZipUnpacker {

    static final int MAX_ENTRIES = 10_000;

    private final String folder;
    private final long maxUnpackedBytes;

    /**
     * @param folder the one top-level folder every entry must sit in
     * @param maxUnpackedBytes the cap on the unpacked size
     */
    ZipUnpacker(String folder, long maxUnpackedBytes) {
        this.folder = folder;
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    /** Unpacks every entry under {@code into}, refusing paths that would land anywhere else. */
    void unpack(Path archive, Path into) throws ModelInstaller.InstallException, IOException {
        Path root = into.toAbsolutePath().normalize();
        long unpacked = 0;
        int entries = 0;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new ModelInstaller.InstallException("The archive holds more than " + MAX_ENTRIES
                            + " files: it is not a speech model." + ModelInstaller.UNCHANGED);
                }
                Path target = safeTarget(root, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry);
                        OutputStream out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[64 * 1024];
                    int read;
                    while ((read = in.read(buffer)) >= 0) {
                        unpacked += read;
                        if (unpacked > maxUnpackedBytes) {
                            throw new ModelInstaller.InstallException(
                                    "The archive unpacks to more than " + maxUnpackedBytes
                                            + " bytes: it is not a speech model." + ModelInstaller.UNCHANGED);
                        }
                        out.write(buffer, 0, read);
                    }
                }
            }
        } catch (ZipException e) {
            throw new ModelInstaller.InstallException("The archive is damaged and cannot be unpacked (" + e.getMessage()
                    + ")." + ModelInstaller.UNCHANGED);
        }
    }

    private Path safeTarget(Path root, String name) throws ModelInstaller.InstallException {
        String plain = name.replace('\\', '/');
        boolean absolute = plain.startsWith("/") || plain.matches("^[A-Za-z]:.*");
        boolean climbs = ("/" + plain + "/").contains("/../");
        if (absolute || climbs || plain.indexOf('\0') >= 0) {
            throw new ModelInstaller.InstallException("The archive holds an unsafe path (" + ModelFolder.printable(name)
                    + ") that points outside its folder. It was not unpacked." + ModelInstaller.UNCHANGED);
        }
        Path target = root.resolve(plain).normalize();
        if (!target.startsWith(root.resolve(folder))) {
            throw new ModelInstaller.InstallException("The archive holds " + ModelFolder.printable(name)
                    + " outside the folder " + folder + ": it is not the expected model." + ModelInstaller.UNCHANGED);
        }
        return target;
    }
}
