package org.clinic.kiosk.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clinic's settings file, {@code kiosk-config/kiosk.properties} (or the one named by {@code
 * KIOSK_CONFIG_FILE}): {@code key=value} lines in the {@code .properties} format, read as UTF-8,
 * so {@code Clínica Éloi} stays as written. Every mistake is an error naming the file and the line:
 * bytes that are not UTF-8, a broken {@code \\u} escape, a key outside {@code kiosk.}, a key set
 * twice, a value longer than {@value #MAX_VALUE} characters. Messages show at most {@value
 * #SHOWN} characters of anything read from the file.
 */
public final class SettingsFile {

    /** The environment variable (or system property) that names another settings file. */
    public static final String VARIABLE = "KIOSK_CONFIG_FILE";

    public static final Path DEFAULT = Path.of("kiosk-config/kiosk.properties");
    static final int MAX_VALUE = 1000;
    static final int MAX_BYTES = 1024 * 1024;
    static final int SHOWN = 60;
    private static final String PREFIX = "kiosk.";

    /** A setting as written: its key, its value and the line it starts on. */
    public record Entry(String key, String value, int line) {}

    private SettingsFile() {}

    /**
     * The settings of the file named by {@code named} ({@code KIOSK_CONFIG_FILE}), else of the
     * default file; none if the default file is missing. A named file that is missing is an error.
     */
    public static Map<String, String> values(String named) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        boolean explicit = named != null && !named.isBlank();
        Path file = explicit ? Path.of(named.strip()) : DEFAULT;
        if (explicit || Files.exists(file)) {
            read(file, explicit).forEach(entry -> values.put(entry.key(), entry.value()));
        }
        return values;
    }

    /**
     * Every setting in the file, in order. Throws {@link IllegalStateException} naming the file
     * (and the line) when it is missing, not a regular file, too big or has a mistake.
     *
     * @param named whether {@code KIOSK_CONFIG_FILE} named it, said in the message when it is missing
     */
    static List<Entry> read(Path file, boolean named) throws IOException {
        byte[] bytes;
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new SettingsException("Settings file " + file + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new SettingsException("Settings file " + file + " does not exist"
                    + (named ? " (named by " + VARIABLE + "; unset it to use " + DEFAULT + ")" : ""));
        }
        if (bytes.length > MAX_BYTES) {
            throw new SettingsException(
                    "Settings file " + file + " is over " + MAX_BYTES / 1024 + " KB: a settings file is a few lines");
        }
        return parse(file, lines(file, bytes));
    }

    /** Anything read from the file, cut short for a message or a log line. */
    public static String shown(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= SHOWN
                ? oneLine
                : oneLine.substring(0, SHOWN) + "… (" + oneLine.length() + " characters)";
    }

    /** The file's lines, each decoded as UTF-8 on its own so a bad byte is found on its line. */
    private static List<String> lines(Path file, byte[] bytes) {
        List<String> lines = new ArrayList<>();
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                        ? 3 // a byte-order mark some editors write first
                        : 0;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                try {
                    lines.add(StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, end - start))
                            .toString());
                } catch (CharacterCodingException e) {
                    throw mistake(file, lines.size() + 1, "is not UTF-8 text; save the file as UTF-8");
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static List<Entry> parse(Path file, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int index = 0; index < lines.size(); index++) {
            int first = index + 1;
            String line = lines.get(index).stripLeading();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            while (endsWithOddBackslashes(line) && index + 1 < lines.size()) {
                logical.append(line, 0, line.length() - 1);
                line = lines.get(++index).stripLeading();
            }
            logical.append(endsWithOddBackslashes(line) ? line.substring(0, line.length() - 1) : line);
            Entry entry = entry(file, first, logical.toString());
            Integer earlier = seen.putIfAbsent(entry.key(), first);
            if (earlier != null) {
                throw mistake(file, first, shown(entry.key()) + " is already set on line " + earlier);
            }
            entries.add(entry);
        }
        return Collections.unmodifiableList(entries);
    }

    private static Entry entry(Path file, int line, String text) {
        int keyEnd = 0;
        while (keyEnd < text.length() && "=: \t\f".indexOf(text.charAt(keyEnd)) < 0) {
            keyEnd += text.charAt(keyEnd) == '\\' ? 2 : 1;
        }
        keyEnd = Math.min(keyEnd, text.length());
        int valueStart = keyEnd;
        while (valueStart < text.length() && " \t\f".indexOf(text.charAt(valueStart)) >= 0) {
            valueStart++;
        }
        if (valueStart < text.length() && "=:".indexOf(text.charAt(valueStart)) >= 0) {
            valueStart++;
        }
        while (valueStart < text.length() && " \t\f".indexOf(text.charAt(valueStart)) >= 0) {
            valueStart++;
        }
        String key = unescape(file, line, text.substring(0, keyEnd));
        if (!key.startsWith(PREFIX)) {
            throw mistake(
                    file,
                    line,
                    "unknown key '" + shown(key) + "' (every key starts with 'kiosk.'; see the comments in the file)");
        }
        String value = unescape(file, line, text.substring(valueStart));
        if (value.length() > MAX_VALUE) {
            throw mistake(
                    file,
                    line,
                    "the value of " + shown(key) + " is " + value.length() + " characters long (at most " + MAX_VALUE
                            + "): " + shown(value));
        }
        return new Entry(key, value, line);
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    private static String unescape(Path file, int line, String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    String hex = text.substring(i + 1, Math.min(i + 5, text.length()));
                    if (!hex.matches("[0-9a-fA-F]{4}")) {
                        throw mistake(file, line, "'\\u" + shown(hex) + "' is not a \\u escape (four hex digits)");
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static SettingsException mistake(Path file, int line, String what) {
        return new SettingsException("Settings file " + file + ", line " + line + ": " + what);
    }
}
