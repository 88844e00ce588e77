package org.clinic.kiosk.shell;

/** The two colour themes; both keep text contrast at 7:1 or better (WCAG 2.2 AAA). */
public enum ContrastTheme {
    /** Near-black text on a warm off-white page. */
    STANDARD,
    /** White and yellow on black, for readers who need the strongest contrast. */
    HIGH_CONTRAST;

    public String cssClass() {
        return this == HIGH_CONTRAST ? "theme-contrast" : "theme-standard";
    }
}
