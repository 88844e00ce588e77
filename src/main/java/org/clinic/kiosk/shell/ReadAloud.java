package org.clinic.kiosk.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;

/**
 * The read-aloud player as the frame and {@link PatientActions} see it. The speech feature provides
 * it (one per tab); the frame puts it in its place and tells it which screen is shown. Its buttons
 * do nothing themselves: they raise {@link Pressed}, and the frame performs the action through
 * {@link PatientActions}, the same way as a spoken command.
 */
public interface ReadAloud {

    /** The player, shown while reading, as placed in the frame (in one fixed place on every screen). */
    Component component();

    /** The Listen button, as placed among the frame's controls. */
    Component listenButton();

    /** The screen now shown: what reading will say there. Stops anything still playing. */
    void setScreen(String name, Supplier<SpeechScript> script);

    /** Does what the action's button does. */
    void perform(ReaderAction action);

    /** Says {@code script} in place of anything playing (the idle question, a spoken answer). */
    void announce(SpeechScript script);

    /** Whether the kiosk is making sound just now. */
    boolean speaking();

    /** Whether this visit has used read aloud (then the idle question is said too). */
    boolean usedThisVisit();

    /** A new patient: silence, the default speed and loudness. */
    void reset();

    Registration addPressedListener(ComponentEventListener<Pressed> listener);

    Registration addSpeakingChangedListener(ComponentEventListener<SpeakingChanged> listener);

    Registration addListeningListener(ComponentEventListener<Listening> listener);

    /** A button of the player was touched. */
    final class Pressed extends ComponentEvent<Component> {
        private final ReaderAction action;

        public Pressed(Component source, ReaderAction action) {
            super(source, true);
            this.action = action;
        }

        public ReaderAction action() {
            return action;
        }
    }

    /** The kiosk started or stopped making sound (paused counts as stopped). */
    final class SpeakingChanged extends ComponentEvent<Component> {
        private final boolean speaking;

        public SpeakingChanged(Component source, boolean speaking) {
            super(source, false);
            this.speaking = speaking;
        }

        public boolean speaking() {
            return speaking;
        }
    }

    /** A sentence of the screen was heard to its end: someone listening is still there. */
    final class Listening extends ComponentEvent<Component> {
        public Listening(Component source) {
            super(source, false);
        }
    }
}
