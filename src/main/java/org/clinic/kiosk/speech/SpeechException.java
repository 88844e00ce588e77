package org.clinic.kiosk.speech;

/** The speech engine could not make the sound; the kiosk tells the patient and keeps working. */
public class SpeechException extends RuntimeException {

    public SpeechException(String message, Throwable cause) {
        super(message, cause);
    }

    public SpeechException(String message) {
        super(message);
    }
}
