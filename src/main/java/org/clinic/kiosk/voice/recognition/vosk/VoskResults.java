package org.clinic.kiosk.voice.recognition.vosk;

import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;
import org.clinic.kiosk.voice.recognition.Transcript;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Vosk's JSON answers ({@code {"partial": "..."}} while listening, {@code {"text": "..."}} at the end) as transcripts. */
final class VoskResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VoskResults() {}

    static Transcript partial(String json) {
        return field(json, "partial");
    }

    static Transcript text(String json) {
        return field(json, "text");
    }

    private static Transcript field(String json, String name) {
        if (json == null || json.isBlank()) {
            return Transcript.NOTHING;
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            // the message would quote the text: never put it in an exception that may be logged
            throw new RecognizerException("the speech engine gave an answer that is not JSON");
        }
        JsonNode value = node.path(name);
        return value.isString() ? new Transcript(value.stringValue()) : Transcript.NOTHING;
    }
}
