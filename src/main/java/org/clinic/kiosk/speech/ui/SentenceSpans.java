package org.clinic.kiosk.speech.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import org.clinic.kiosk.shell.SpeechScript;
import org.clinic.kiosk.speech.SpeechOutput;

/**
 * Renders text as one span per spoken sentence, so the sentence being read can be highlighted,
 * and adds those sentences to a script. Ids run {@code say-1}, {@code say-2}, ... per screen.
 */
public final class SentenceSpans {

    private final SpeechScript.Builder script = new SpeechScript.Builder();
    private int next = 1;

    /** Adds the text to {@code container} sentence by sentence, and to the script. */
    public void add(HasComponents container, String text) {
        boolean first = true;
        for (String sentence : SpeechOutput.sentencesOf(text)) {
            if (!first) {
                container.add(new Text(" "));
            }
            first = false;
            Span span = new Span(sentence);
            String id = "say-" + next++;
            span.setId(id);
            span.addClassName("spoken-sentence");
            container.add(span);
            script.sayHighlighting(sentence, id);
        }
    }

    /** A line for text already on screen in an element with this id (a heading, a tile). */
    public void addExisting(String text, String highlightId) {
        script.sayHighlighting(text, highlightId);
    }

    /** A line that is said but has no element of its own. */
    public void sayOnly(String text) {
        script.say(text);
    }

    /** The sentences that follow belong to the part of the screen with this name (the player shows it). */
    public void part(String name) {
        script.part(name);
    }

    public SpeechScript script() {
        return script.build();
    }
}
