package org.clinic.kiosk.voice.recognition.vosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFolderTest {

    @TempDir
    Path folder;

    @Test
    void aMissingFolderIsNotInstalledRatherThanIncomplete() {
        Optional<ModelFolder.Problem> problem = ModelFolder.check(folder.resolve("nothing-here"));
        assertTrue(problem.orElseThrow().absent());
    }

    @Test
    void theFirstMissingFileIsNamed() throws IOException {
        TestModels.garbage(folder);
        assertEquals(Optional.empty(), ModelFolder.check(folder));

        Files.delete(folder.resolve("graph/Gr.fst"));
        assertEquals(Optional.of(new ModelFolder.Problem(false, "graph/Gr.fst is missing")), ModelFolder.check(folder));

        Files.writeString(folder.resolve("graph/Gr.fst"), "");
        assertEquals(Optional.of(new ModelFolder.Problem(false, "graph/Gr.fst is empty")), ModelFolder.check(folder));

        Files.delete(folder.resolve("am/final.mdl"));
        assertEquals(Optional.of(new ModelFolder.Problem(false, "am/final.mdl is missing")), ModelFolder.check(folder));
    }

    @Test
    void aFullGraphStandsInForTheLookaheadOne() throws IOException {
        TestModels.garbage(folder);
        for (String file : ModelFolder.LOOKAHEAD_GRAPH) {
            Files.delete(folder.resolve(file));
        }
        assertEquals(
                "graph/HCLr.fst is missing",
                ModelFolder.check(folder).orElseThrow().what());
        assertFalse(ModelFolder.fullGraph(folder));
        Files.write(folder.resolve(ModelFolder.FULL_GRAPH), new byte[] {1, 2, 3});
        assertEquals(Optional.empty(), ModelFolder.check(folder));
        assertTrue(ModelFolder.fullGraph(folder), "grammars are ignored by such a model");
    }

    @Test
    void textFromTheEngineIsShownOnlyAsPrintableCharacters() {
        assertEquals("Expected token, got ??x", ModelFolder.printable("Expected token, got \u0001\u00e9x"));
        assertEquals(160, ModelFolder.printable("a".repeat(500)).length());
    }
}
