package org.clinic.kiosk.shell;

/**
 * "I'm finished" where a patient's eyes are when they are done: at the foot of the topics' lists
 * and as the last thing on every topic page (and in the idle warning). It clears the visit at once through
 * {@link PatientActions#finish()}. It is not one of the frame's controls, so the frame keeps to
 * six with Talk shown.
 */
public final class FinishedTile extends Tile {

    public static final String ID = "finished";
    /** What Listen says of it, highlighting it. */
    public static final String SPOKEN =
            "When you are done, touch I'm finished to clear the screen for the next person.";

    public FinishedTile(PatientActions actions) {
        super(ID, "I'm finished", "Clear the screen for the next person.", e -> actions.finish());
        addClassNames("tile-quiet", "finished");
    }
}
