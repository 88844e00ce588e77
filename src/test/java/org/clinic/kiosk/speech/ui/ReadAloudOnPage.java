package org.clinic.kiosk.speech.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read-aloud player as the page shows it, for browserless tests: what is drawn, what the status
 * line says and marks, which part of the page is lit, and the audio element's side of the talk with
 * the browser. It reads elements and attributes, never the player's fields.
 */
final class ReadAloudOnPage {

    private final ReadAloudPanel bar;

    ReadAloudOnPage(ReadAloudPanel bar) {
        this.bar = bar;
    }

    /** The element with this id inside {@code root}, drawn or not. */
    static Element element(Component root, String id) {
        return elements(root.getElement())
                .filter(element -> id.equals(element.getAttribute("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no element " + id));
    }

    /** The reading's state as the status line marks it on the page: playing, paused or stopped. */
    String readingState() {
        return element(bar, "speech-status").getAttribute("data-state");
    }

    /** Whether the player is drawn (between readings it is hidden, not removed). */
    boolean playerShown() {
        return !bar.getElement().hasAttribute("hidden");
    }

    /** The id of the part of the page lit up as being read, or "" when none is; never more than one. */
    String highlighted() {
        List<String> lit = components(UI.getCurrent())
                .map(Component::getElement)
                .filter(element -> element.getClassList().contains("speaking"))
                .map(element -> element.getAttribute("id"))
                .toList();
        assertTrue(lit.size() <= 1, "only the part being read is lit: " + lit);
        return lit.isEmpty() ? "" : lit.getFirst();
    }

    /** This component and all inside it: the page as a patient sees it (the route is not an element child of the UI). */
    private static Stream<Component> components(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ReadAloudOnPage::components));
    }

    /** This element and all inside it. */
    private static Stream<Element> elements(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ReadAloudOnPage::elements));
    }

    private Element audio() {
        return element(bar, "speech-audio");
    }

    /** The number the page holds for the sentence it was given last (the browser sends it back). */
    int served() {
        return Integer.parseInt(audio().getAttribute("data-served"));
    }

    /** The browser says the sentence with this number played to its end, as its audio element does. */
    void audioEnded(int served) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("element.dataset.served", served);
        audio().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(audio(), "ended", data));
    }

    /** The sentence playing now plays to its end. */
    void sentencePlayedToItsEnd() {
        audioEnded(served());
    }
}
