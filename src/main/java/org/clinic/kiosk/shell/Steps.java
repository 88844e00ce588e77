package org.clinic.kiosk.shell;

/**
 * Settings a patient turns up or down one step at a time (text size, reading speed, loudness):
 * the steps are an enum's constants in order, and the ends stay where they are.
 */
public final class Steps {

    private Steps() {}

    /** The constant {@code by} steps away from {@code value}, held at the first and last. */
    public static <E extends Enum<E>> E step(E value, int by) {
        E[] values = value.getDeclaringClass().getEnumConstants();
        return values[Math.max(0, Math.min(values.length - 1, value.ordinal() + by))];
    }
}
