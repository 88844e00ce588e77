package org.clinic.kiosk.shell;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/** A large touch tile: a bold title and, below it, one line that says what is behind it. */
public class Tile extends NativeButton {

    public Tile(String id, String title, String description, ComponentEventListener<ClickEvent<NativeButton>> onTap) {
        setId(id);
        addClassName("tile");
        Span heading = new Span(title);
        heading.addClassName("tile-title");
        add(heading);
        if (description != null && !description.isBlank()) {
            Span text = new Span(description);
            text.addClassName("tile-text");
            add(text);
        }
        addClickListener(onTap);
    }
}
