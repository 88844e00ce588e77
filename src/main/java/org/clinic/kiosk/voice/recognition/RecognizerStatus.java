package org.clinic.kiosk.voice.recognition;

/**
 * Whether voice input can be offered, for the Talk button (hidden when not ready) and the staff
 * health panel (which shows {@code detail}).
 *
 * @param ready  a model is loaded and utterances can be recognized
 * @param model  the model's name, or empty when none is loaded
 * @param detail one plain sentence for staff: what is loaded, or why voice input is off and what
 *               to do about it
 */
public record RecognizerStatus(boolean ready, String model, String detail) {

    public static RecognizerStatus ready(String model, String detail) {
        return new RecognizerStatus(true, model, detail);
    }

    public static RecognizerStatus off(String why) {
        return new RecognizerStatus(false, "", why);
    }
}
