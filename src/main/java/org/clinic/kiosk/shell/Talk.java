package org.clinic.kiosk.shell;

import com.vaadin.flow.component.Component;

/**
 * Talking to the kiosk as the frame sees it: voice input provides it (one per tab) when it is part
 * of the app; the frame puts it under the header and tells it what happens to the visit. What is
 * said is carried out through {@link PatientActions}, like a touch.
 */
public interface Talk {

    /** The Talk button and what was heard, as placed in the frame. */
    Component component();

    /** A new screen is shown; on the welcome and home screens voice may wait for the wake phrase. */
    void screenShown(boolean wakeScreen);

    /** Once a second: shows or hides itself when the recognizer became ready or stopped. */
    void refresh();

    /** A new patient: the microphone is released and everything heard is forgotten. */
    void idleReset();
}
