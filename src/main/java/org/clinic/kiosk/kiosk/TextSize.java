package org.clinic.kiosk.kiosk;

/** The three text sizes a patient can choose; body text is never smaller than 24 CSS px. */
public enum TextSize {
    NORMAL("Normal text", 24),
    LARGE("Large text", 30),
    LARGEST("Largest text", 36);

    private final String label;
    private final int bodyPixels;

    TextSize(String label, int bodyPixels) {
        this.label = label;
        this.bodyPixels = bodyPixels;
    }

    public String label() {
        return label;
    }

    public int bodyPixels() {
        return bodyPixels;
    }

    /** The CSS class the shell puts on its root, e.g. {@code text-large}. */
    public String cssClass() {
        return "text-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
