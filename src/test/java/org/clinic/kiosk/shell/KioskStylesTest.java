package org.clinic.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's one stylesheet is edited by every feature; a block left open (a missing "}") makes
 * the browser swallow every rule after it without a word, so the file is checked as text.
 */
class KioskStylesTest {

    private static final Path CSS = Path.of("src/main/resources/META-INF/resources/kiosk/kiosk.css");

    @Test
    void everyBlockInTheStylesheetIsClosedWhereItsFeatureEnds() throws IOException {
        String css = Files.readString(CSS, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            switch (c) {
                case '{' -> depth++;
                case '}' -> depth--;
                case '\n' -> line++;
                default -> {}
            }
            assertTrue(depth >= 0, "a '}' with no '{' before it, near line " + line);
        }
        assertEquals(0, depth, "blocks left open at the end of " + CSS);
    }
}
