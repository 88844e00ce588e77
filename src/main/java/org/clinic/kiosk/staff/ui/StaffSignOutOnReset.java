package org.clinic.kiosk.staff.ui;

import org.clinic.kiosk.shell.VisitReset;
import org.clinic.kiosk.staff.StaffSession;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The kiosk reset itself for the next patient: a staff member still signed in on this screen's
 * browser session is signed out too.
 */
@Component
class StaffSignOutOnReset {

    @EventListener
    void visitReset(VisitReset reset) {
        StaffSession staff = reset.session().getAttribute(StaffSession.class);
        if (staff != null) {
            staff.end();
        }
    }
}
