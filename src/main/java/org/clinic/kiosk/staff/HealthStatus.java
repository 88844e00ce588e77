package org.clinic.kiosk.staff;

import org.clinic.kiosk.usage.UsageHealth;
import org.clinic.kiosk.voice.recognition.EngineChoice;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;

/**
 * The kiosk's health in one line for the top of the report ("Voice: on, PocketSphinx, working.
 * Usage database: OK. No warnings."), so staff need not scroll to the health panel to learn that
 * all is well; the panel keeps the details.
 *
 * @param voiceOn  voice input is offered to patients (a speech model is loaded)
 * @param voice    "Voice: on, PocketSphinx, working", "Voice: off, Vosk is not working" or
 *                 "Voice: off, no speech engine installed"
 * @param database "Usage database: OK", or that it has a problem the warnings explain
 * @param warnings how many warnings the health panel lists
 */
public record HealthStatus(boolean voiceOn, String voice, String database, int warnings) {

    public static HealthStatus of(EngineChoice engine, RecognizerStatus recognition, UsageHealth usage) {
        String voice;
        if (recognition.ready()) {
            voice = "Voice: on, " + engine.engine() + ", working";
        } else if (EngineChoice.NONE.equals(engine.engine())) {
            voice = "Voice: off, no speech engine installed";
        } else {
            voice = "Voice: off, " + engine.engine() + " is not working";
        }
        int warnings = usage.warnings().size();
        String database = warnings == 0 ? "Usage database: OK" : "Usage database: has a problem (see the warnings)";
        return new HealthStatus(recognition.ready(), voice, database, warnings);
    }

    /** Nothing needs a person: the database is fine and nothing is warned about. */
    public boolean allWell() {
        return warnings == 0;
    }

    /** "No warnings", "1 warning", "3 warnings". */
    public String warningsText() {
        return warnings == 0 ? "No warnings" : warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
