package org.clinic.kiosk.voice.recognition;

/**
 * Which speech recognizer the kiosk runs and why, for the start-up log and the staff health panel.
 *
 * @param engine "Vosk", "PocketSphinx" or "none" (touch-only)
 * @param why    one plain sentence for staff: what {@code kiosk.voice.engine} asked and what was found
 */
public record EngineChoice(String engine, String why) {

    public static final String VOSK = "Vosk";
    public static final String POCKETSPHINX = "PocketSphinx";
    public static final String NONE = "none";

    /** "PocketSphinx: kiosk.voice.engine is auto and ..." */
    public String summary() {
        return engine + ": " + why;
    }
}
