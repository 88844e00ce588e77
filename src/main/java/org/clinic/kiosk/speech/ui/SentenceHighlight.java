package org.clinic.kiosk.speech.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.Optional;

/**
 * The part of the screen being read: the element with the sentence's id gets the class
 * {@code speaking} (and it alone) and is scrolled into view.
 */
final class SentenceHighlight {

    private static final String CLASS = "speaking";
    private static final ScrollOptions CENTRED = new ScrollOptions(
            ScrollOptions.Behavior.SMOOTH, ScrollOptions.Alignment.CENTER, ScrollOptions.Alignment.NEAREST);

    /** Whose page is searched: the page the player is on. */
    private final Component owner;

    private Element lit;

    SentenceHighlight(Component owner) {
        this.owner = owner;
    }

    /** Lights up the element with this id on the player's page; none if null or not there. */
    void light(String id) {
        if (lit != null) {
            lit.getClassList().remove(CLASS);
            lit = null;
        }
        if (id == null) {
            return;
        }
        owner.getUI().map(UI::getElement).flatMap(page -> find(page, id)).ifPresent(element -> {
            element.getClassList().add(CLASS);
            element.scrollIntoView(CENTRED);
            lit = element;
        });
    }

    private static Optional<Element> find(Element element, String id) {
        if (id.equals(element.getAttribute("id"))) {
            return Optional.of(element);
        }
        return element.getChildren()
                .map(child -> find(child, id))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
