package org.clinic.kiosk.shell;

import com.vaadin.flow.component.Component;

/** What makes a part of the frame a dialog over the screen for assistive technology. */
final class Dialogs {

    private Dialogs() {}

    /** A modal dialog ({@code role} "dialog" or "alertdialog") named by the heading with this id. */
    static void modal(Component dialog, String role, String titleId) {
        dialog.getElement().setAttribute("role", role);
        dialog.getElement().setAttribute("aria-modal", "true");
        dialog.getElement().setAttribute("aria-labelledby", titleId);
    }
}
