package org.clinic.kiosk.staff.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.clinic.kiosk.staff.StaffSession;

/**
 * Where a browser's staff session is kept: an attribute of its Vaadin session, so every staff
 * route can check it in {@code beforeEnter} and the kiosk's idle reset can end it.
 */
final class StaffAccess {

    private StaffAccess() {}

    /** The open staff session of the current browser, if any (an expired one is removed). */
    static Optional<StaffSession> current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        StaffSession staff = session.getAttribute(StaffSession.class);
        if (staff != null && !staff.isOpen()) {
            session.setAttribute(StaffSession.class, null);
            staff = null;
        }
        return Optional.ofNullable(staff);
    }

    static void open(StaffSession staff) {
        VaadinSession.getCurrent().setAttribute(StaffSession.class, staff);
    }

    static void end() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            StaffSession staff = session.getAttribute(StaffSession.class);
            if (staff != null) {
                staff.end();
            }
            session.setAttribute(StaffSession.class, null);
        }
    }
}
