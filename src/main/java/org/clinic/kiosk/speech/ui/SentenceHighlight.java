package org.clinic.kiosk.speech.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ScrollOptions;
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
        owner.getUI().flatMap(page -> find(page, id)).ifPresent(element -> {
            element.getClassList().add(CLASS);
            element.scrollIntoView(CENTRED);
            lit = element;
        });
    }

    /** Searches the page's components (the route's content is not among the UI element's children). */
    private static Optional<Element> find(Component component, String id) {
        if (component.getId().filter(id::equals).isPresent()) {
            return Optional.of(component.getElement());
        }
        return component
                .getChildren()
                .map(child -> find(child, id))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
