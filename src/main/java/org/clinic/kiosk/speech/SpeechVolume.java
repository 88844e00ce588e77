package org.clinic.kiosk.speech;

/** How loud the kiosk speaks: five steps of gain applied to the samples when they are served. */
public enum SpeechVolume {
    QUIETEST(0.3, "quietest"),
    QUIETER(0.55, "quieter"),
    NORMAL(1.0, "normal"),
    LOUDER(1.5, "louder"),
    LOUDEST(2.2, "loudest");

    private final double gain;
    private final String label;

    SpeechVolume(double gain, String label) {
        this.gain = gain;
        this.label = label;
    }

    public double gain() {
        return gain;
    }

    public String label() {
        return label;
    }

    public SpeechVolume quieter() {
        return values()[Math.max(0, ordinal() - 1)];
    }

    public SpeechVolume louder() {
        return values()[Math.min(values().length - 1, ordinal() + 1)];
    }
}
