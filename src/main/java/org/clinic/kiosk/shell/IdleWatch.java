package org.clinic.kiosk.shell;

import com.vaadin.flow.component.Component;
import java.time.Clock;

/**
 * The kiosk frame's idle reset: after a while without a touch, "Are you still there?" with a
 * countdown (said aloud too when the patient has been listening), then the visit is forgotten for
 * the next patient.
 */
final class IdleWatch {

    private final IdleReset idleReset;
    private final IdleWarningPanel warning = new IdleWarningPanel(this::activity);
    private final ReadAloud reader;
    private final Runnable expired;

    IdleWatch(Clock clock, KioskSettings settings, ReadAloud reader, Runnable expired) {
        this.idleReset = new IdleReset(clock, settings.idleAfter(), settings.warningFor());
        this.reader = reader;
        this.expired = expired;
    }

    /** The warning, as placed in the frame. */
    Component warning() {
        return warning;
    }

    /** A touch, key press, navigation or understood word: the patient is still here. */
    void activity() {
        idleReset.activity();
        if (warning.isVisible()) {
            warning.hide();
            reader.perform(ReaderAction.STOP);
        }
    }

    /** Once a second: warn (not on the welcome screen, which has nothing private), count down or reset. */
    void check(boolean onWelcome) {
        switch (idleReset.check()) {
            case IdleReset.Active a -> warning.hide();
            case IdleReset.Warning w -> {
                if (!onWelcome) {
                    boolean first = !warning.isVisible();
                    warning.show(w.secondsLeft());
                    if (first && reader.usedThisVisit()) {
                        // someone listening hears the question too
                        reader.announce(warning.speechScript());
                    }
                }
            }
            case IdleReset.Expired x -> expired.run();
        }
    }
}
