package org.clinic.kiosk.shell;

import com.vaadin.flow.server.VaadinSession;

/**
 * Published (as a Spring application event) when the kiosk resets itself for the next patient, so
 * a feature that keeps something in the browser session (a staff sign-in) can forget it too.
 */
public record VisitReset(VaadinSession session) {}
