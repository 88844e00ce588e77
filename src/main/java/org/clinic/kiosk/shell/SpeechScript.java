package org.clinic.kiosk.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The spoken form of a screen: lines in reading order, each with the id of the element to
 * highlight while it is said (or none).
 */
public record SpeechScript(List<Line> lines) {

    public SpeechScript {
        lines = List.copyOf(lines);
    }

    public static SpeechScript of(String... sentences) {
        return new Builder().say(sentences).build();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * One thing to say; {@code highlightId} is null when nothing on screen matches it, {@code part}
     * is the name of the part of the screen it belongs to in plain words ("Treatment options",
     * "Related topics"), or null.
     */
    public record Line(String text, String highlightId, String part) {
        public Line(String text, String highlightId) {
            this(text, highlightId, null);
        }
    }

    /** Collects lines; blank text is left out, long text is cut at sentence ends. */
    public static final class Builder {
        private final List<Line> lines = new ArrayList<>();
        private String part;

        /** The lines that follow belong to the part of the screen with this name. */
        public Builder part(String name) {
            part = name;
            return this;
        }

        /** Each text is split into sentences; none is highlighted. */
        public Builder say(String... texts) {
            for (String text : texts) {
                for (String sentence : Sentences.split(text)) {
                    lines.add(new Line(sentence, null, part));
                }
            }
            return this;
        }

        /** The text's sentences, each lighting up the element with this id while it is said. */
        public Builder sayHighlighting(String text, String highlightId) {
            for (String sentence : Sentences.split(text)) {
                lines.add(new Line(sentence, highlightId, part));
            }
            return this;
        }

        public SpeechScript build() {
            return new SpeechScript(lines);
        }
    }
}
