package org.clinic.kiosk.speech;

import java.util.Locale;
import org.clinic.kiosk.shell.Steps;

/** How fast the kiosk speaks: five steps around the voice's normal speed. */
public enum SpeechRate {
    SLOWEST(0.6),
    SLOWER(0.8),
    NORMAL(1.0),
    FASTER(1.2),
    FASTEST(1.4);

    private final double factor;

    SpeechRate(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }

    /** The step's name as shown and as written in the settings file: {@code slower}, {@code louder}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public SpeechRate slower() {
        return Steps.step(this, -1);
    }

    public SpeechRate faster() {
        return Steps.step(this, +1);
    }
}
