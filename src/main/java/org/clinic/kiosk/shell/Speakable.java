package org.clinic.kiosk.shell;

/**
 * A screen (or part of one) that can be read aloud. Views implement it and the read-aloud bar
 * asks for the script, so the bar never needs to know the views.
 */
public interface Speakable {

    /** What to say, in reading order. */
    SpeechScript speechScript();
}
