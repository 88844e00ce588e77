package org.clinic.kiosk.shell;

/** The three text sizes a patient can choose; body text is never smaller than 24 CSS px. */
public enum TextSize {
    NORMAL("Normal"),
    LARGE("Large"),
    LARGEST("Largest");

    private final String label;

    TextSize(String label) {
        this.label = label;
    }

    /** The button's words; the sizes themselves (24, 30, 36 px) live in kiosk.css. */
    public String label() {
        return label;
    }

    /** The CSS class the shell puts on its root, e.g. {@code text-large}. */
    public String cssClass() {
        return "text-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** One step bigger; the largest stays the largest. */
    public TextSize bigger() {
        return Steps.step(this, +1);
    }

    /** One step smaller; normal stays normal. */
    public TextSize smaller() {
        return Steps.step(this, -1);
    }
}
