package org.clinic.kiosk.voice.recognition;

import java.util.List;
import java.util.Optional;

/**
 * Whether voice input can be offered, for the Talk button (hidden when not ready) and the staff
 * health panel (which shows {@code detail}, the unknown words and why hands-free is off).
 *
 * @param ready        a model is loaded and utterances can be recognized
 * @param model        the model's name, or empty when none is loaded
 * @param detail       one plain sentence for staff: what is loaded, or why voice input is off and
 *                     what to do about it
 * @param unknownWords the kiosk's words the model does not know (it hears them as unknown speech),
 *                     sorted; empty when all are known or the engine cannot tell
 * @param handsFreeOff why hands-free listening cannot work although it is switched on (the model
 *                     cannot hear the wake phrase), for staff; empty when it can or is not on
 */
public record RecognizerStatus(
        boolean ready, String model, String detail, List<String> unknownWords, Optional<String> handsFreeOff) {

    public RecognizerStatus {
        unknownWords = List.copyOf(unknownWords);
    }

    public RecognizerStatus(boolean ready, String model, String detail) {
        this(ready, model, detail, List.of(), Optional.empty());
    }

    public static RecognizerStatus ready(String model, String detail) {
        return new RecognizerStatus(true, model, detail);
    }

    public static RecognizerStatus off(String why) {
        return new RecognizerStatus(false, "", why);
    }
}
