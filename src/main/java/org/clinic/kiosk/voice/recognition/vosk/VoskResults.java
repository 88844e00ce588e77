package org.clinic.kiosk.voice.recognition.vosk;

import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.Transcript;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vosk's JSON answers as transcripts: {@code {"partial": "..."}} while listening; at the end of a
 * phrase {@code {"text": "..."}}, or, from a recognizer asked for alternatives ({@code
 * vosk_recognizer_set_max_alternatives}), {@code {"alternatives": [{"text": "...", "confidence":
 * 123.4}, ...]}}, best first.
 */
final class VoskResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VoskResults() {}

    static Transcript partial(String json) {
        return json == null || json.isBlank()
                ? Transcript.NOTHING
                : words(read(json).path("partial"));
    }

    /**
     * A phrase's words, read from either shape: the best (the {@code text}, or the first
     * alternative's) with the other alternatives, distinct, best first, without the best.
     */
    static Transcript text(String json) {
        if (json == null || json.isBlank()) {
            return Transcript.NOTHING;
        }
        JsonNode node = read(json);
        JsonNode alternatives = node.path("alternatives");
        if (!alternatives.isArray()) {
            return words(node.path("text"));
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode alternative : alternatives) {
            texts.add(words(alternative.path("text")).text());
        }
        return texts.isEmpty() ? Transcript.NOTHING : new Transcript(texts.getFirst(), texts.subList(1, texts.size()));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            // the message would quote the text: never put it in an exception that may be logged
            throw new RecognizerException("the speech engine gave an answer that is not JSON");
        }
    }

    private static Transcript words(JsonNode value) {
        return value.isString() ? new Transcript(value.stringValue()) : Transcript.NOTHING;
    }
}
