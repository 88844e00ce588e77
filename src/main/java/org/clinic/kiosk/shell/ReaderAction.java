package org.clinic.kiosk.shell;

/** What a patient can ask of the read-aloud player, by touch on its bar or by voice. */
public enum ReaderAction {
    READ,
    TOGGLE_PAUSE,
    PAUSE,
    RESUME,
    STOP,
    REPEAT,
    PREVIOUS,
    SLOWER,
    FASTER,
    QUIETER,
    LOUDER
}
