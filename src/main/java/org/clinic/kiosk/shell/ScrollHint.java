package org.clinic.kiosk.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/**
 * "More below" at the foot of a screen that scrolls, with big Previous part and Next part buttons
 * that move a heading at a time. kiosk.js shows and hides it as the page scrolls (no server round
 * trip); a button that cannot act keeps its place but is not drawn.
 */
final class ScrollHint extends Div {

    ScrollHint() {
        setId("scroll-hint");
        addClassName("scroll-hint");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Move through this page");
        NativeButton previous = new NativeButton("Previous part");
        previous.setId("previous-part");
        previous.addClassNames("nav-button", "previous-part");
        Span more = new Span("More below");
        more.setId("more-below");
        more.addClassName("more-below");
        NativeButton next = new NativeButton("Next part");
        next.setId("next-part");
        next.addClassNames("nav-button", "next-part");
        add(previous, more, next);
        getElement().setAttribute("hidden", true);
    }
}
