package org.clinic.kiosk.voice.match;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a patient can tell the kiosk to do by voice, rather than ask about a topic. The last four
 * answer a choice the kiosk offered ("Did you mean one or two?", "Shall I read it?").
 */
public enum Command {
    HOME,
    BACK,
    READ,
    /** Stops reading aloud and forgets the place: the next "read" starts at the top. */
    STOP,
    /** Pauses reading aloud and keeps the place, like the Pause button. */
    PAUSE,
    /** Goes on reading from where it was paused, like the Carry on button. */
    RESUME,
    REPEAT,
    SLOWER,
    FASTER,
    LOUDER,
    QUIETER,
    BIGGER_TEXT,
    SMALLER_TEXT,
    /** How to use the kiosk: what one can say and do. */
    HELP,
    /** "I need help": the "Need help now?" card (the front desk, numbers to call), like its button. */
    NEED_HELP,
    ONE,
    TWO,
    YES,
    NO;

    /** The command's name in the {@code ask} output and in staff screens: {@code bigger-text}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Whether it answers a choice the kiosk offered (one, two, yes, no) rather than doing something. */
    public boolean answer() {
        return this == ONE || this == TWO || this == YES || this == NO;
    }

    public static Optional<Command> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }
}
