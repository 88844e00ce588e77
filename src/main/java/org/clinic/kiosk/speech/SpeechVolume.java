package org.clinic.kiosk.speech;

import java.util.Locale;
import org.clinic.kiosk.shell.Steps;

/** How loud the kiosk speaks: five steps of gain applied to the samples when they are served. */
public enum SpeechVolume {
    QUIETEST(0.3),
    QUIETER(0.55),
    NORMAL(1.0),
    LOUDER(1.5),
    LOUDEST(2.2);

    private final double gain;

    SpeechVolume(double gain) {
        this.gain = gain;
    }

    public double gain() {
        return gain;
    }

    /** The step's name as shown and as written in the settings file: {@code slower}, {@code louder}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public SpeechVolume quieter() {
        return Steps.step(this, -1);
    }

    public SpeechVolume louder() {
        return Steps.step(this, +1);
    }
}
