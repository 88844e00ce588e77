package org.clinic.kiosk.voice.recognition.vosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class VoskGrammarTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path model;

    private static List<String> parse(String json) {
        return JSON.readValue(json, new TypeReference<List<String>>() {});
    }

    @Test
    void phrasesThenUnknownAsAJsonList() {
        String json = VoskGrammar.json(new Vocabulary(List.of("go back", "tell me about hospice")), Optional.empty());
        assertEquals("[\"go back\",\"tell me about hospice\",\"[unk]\"]", json);
    }

    @Test
    void quotesAndBackslashesAreEscapedSoTheListStaysValid() {
        String json = VoskGrammar.json(new Vocabulary(List.of("say \"hi\"", "back\\slash")), Optional.empty());
        assertEquals(List.of("say \"hi\"", "back\\slash", "[unk]"), parse(json));
    }

    @Test
    void wordsTheModelDoesNotKnowAreLeftOutAndEmptyPhrasesDropped() throws IOException {
        Files.createDirectories(model.resolve("graph"));
        Files.writeString(
                model.resolve("graph/words.txt"), "<eps> 0\nabout 1\nback 2\ngo 3\nhospice 4\nme 5\ntell 6\n#0 7\n");
        Optional<Set<String>> known = ModelFolder.knownWords(model);
        assertEquals(Optional.of(Set.of("<eps>", "about", "back", "go", "hospice", "me", "tell", "#0")), known);

        String json = VoskGrammar.json(
                new Vocabulary(
                        List.of("tell me about hospice", "tell me about oncotype", "xeloda", "go  back", "go back")),
                known);
        assertEquals(List.of("tell me about hospice", "tell me about", "go back", "[unk]"), parse(json));
    }

    @Test
    void withoutAWordListEveryWordIsKept() {
        assertEquals(Optional.empty(), ModelFolder.knownWords(model));
        assertEquals(
                List.of("xeloda", "[unk]"),
                parse(VoskGrammar.json(new Vocabulary(List.of("xeloda")), Optional.empty())));
    }

    @Test
    void unknownIsAlwaysThereOnceEvenWhenThePhrasesNameIt() {
        assertEquals(
                List.of("help", "[unk]"),
                parse(VoskGrammar.json(new Vocabulary(List.of("[unk]", "help [unk]")), Optional.empty())));
    }
}
