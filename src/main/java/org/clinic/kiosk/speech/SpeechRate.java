package org.clinic.kiosk.speech;

/** How fast the kiosk speaks: five steps around the voice's normal speed. */
public enum SpeechRate {
    SLOWEST(0.6, "slowest"),
    SLOWER(0.8, "slower"),
    NORMAL(1.0, "normal"),
    FASTER(1.2, "faster"),
    FASTEST(1.4, "fastest");

    private final double factor;
    private final String label;

    SpeechRate(double factor, String label) {
        this.factor = factor;
        this.label = label;
    }

    public double factor() {
        return factor;
    }

    public String label() {
        return label;
    }

    public SpeechRate slower() {
        return values()[Math.max(0, ordinal() - 1)];
    }

    public SpeechRate faster() {
        return values()[Math.min(values().length - 1, ordinal() + 1)];
    }
}
