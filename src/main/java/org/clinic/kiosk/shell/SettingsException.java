package org.clinic.kiosk.shell;

/** A mistake in the clinic's settings, told in one sentence that names the file and line or the key. */
final class SettingsException extends IllegalStateException {

    SettingsException(String message) {
        super(message);
    }
}
