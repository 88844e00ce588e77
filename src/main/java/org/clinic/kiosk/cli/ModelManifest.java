package org.clinic.kiosk.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Properties;

/**
 * What the install command expects to download: {@code voice-models/manifest.properties}.
 *
 * @param name    the model's name
 * @param url     where its zip archive is published
 * @param size    the archive's exact size in bytes
 * @param sha256  the archive's SHA-256, 64 lower-case hex digits
 * @param licence the model's licence
 * @param folder  the one folder at the top of the archive, which becomes {@code voice-models/<folder>}
 */
record ModelManifest(String name, URI url, long size, String sha256, String licence, String folder) {

    ModelManifest {
        if (size <= 0) {
            throw new IllegalArgumentException("size must be a positive number of bytes");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        if (folder == null || !folder.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("folder must be a plain folder name");
        }
    }

    static ModelManifest read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        try {
            return new ModelManifest(
                    required(properties, "name"),
                    URI.create(required(properties, "url")),
                    Long.parseLong(required(properties, "size")),
                    required(properties, "sha256"),
                    required(properties, "licence"),
                    required(properties, "folder"));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the key " + key + " is missing");
        }
        return value.strip();
    }

    byte[] sha256Bytes() {
        return HexFormat.of().parseHex(sha256);
    }
}
