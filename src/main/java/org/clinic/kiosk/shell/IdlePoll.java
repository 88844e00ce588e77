package org.clinic.kiosk.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * The once-a-second call from the browser that lets a frame notice when nobody has touched the
 * screen: the kiosk frame uses it for the idle reset, the staff frame for signing staff out.
 */
public final class IdlePoll {

    /** How often the browser asks the server whether the screen has gone idle. */
    static final int POLL_MILLIS = 1000;

    private Registration registration;

    private IdlePoll() {}

    /** Runs {@code check} once a second while {@code frame} is on screen. */
    public static void everySecond(Component frame, Runnable check) {
        IdlePoll poll = new IdlePoll();
        frame.addAttachListener(event -> {
            event.getUI().setPollInterval(POLL_MILLIS);
            poll.registration = event.getUI().addPollListener(e -> check.run());
        });
        frame.addDetachListener(event -> {
            if (poll.registration != null) {
                poll.registration.remove();
                poll.registration = null;
            }
        });
    }
}
