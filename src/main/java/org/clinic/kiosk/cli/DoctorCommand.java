package org.clinic.kiosk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.clinic.kiosk.shell.KioskSettings;
import org.clinic.kiosk.voice.VoiceSettings;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * {@code recurrence-kiosk doctor} (or {@code java -jar recurrence-kiosk.jar doctor}): checks what
 * the kiosk needs on this machine and says in plain words what is wrong, one line a check. Reads the
 * settings as the kiosk does ({@code KIOSK_CONFIG_FILE}, {@code KIOSK_*}). Exit status 1 when
 * something a patient would notice is wrong (a line marked PROBLEM), else 0.
 */
public final class DoctorCommand {

    /** The first command-line argument that runs this instead of the web server. */
    public static final String NAME = "doctor";

    private DoctorCommand() {}

    /** Runs the checks on this machine; returns the exit status. */
    public static int run() {
        KioskSettings settings;
        VoiceSettings voice;
        try {
            Binder binder = AskCommand.settings();
            settings = binder.bindOrCreate("kiosk", KioskSettings.class);
            voice = binder.bindOrCreate("kiosk.voice", VoiceSettings.class);
        } catch (IOException | RuntimeException e) {
            System.out.println(Finding.problem(
                            "The settings cannot be read: " + e.getMessage() + ". The kiosk will not start either.")
                    .line());
            return 1;
        }
        return report(new KioskDoctor(KioskDoctor.Machine.local()).examine(settings, voice), System.out);
    }

    /** Prints the findings and a closing count; 1 if any is a problem a patient would notice. */
    static int report(List<Finding> findings, PrintStream out) {
        out.println("Recurrence kiosk: checking this machine");
        findings.forEach(finding -> out.println(finding.line()));
        long problems = count(findings, Finding.Level.PROBLEM);
        long notes = count(findings, Finding.Level.NOTE);
        long fine = count(findings, Finding.Level.OK);
        out.println(fine + " fine, " + notes + (notes == 1 ? " note, " : " notes, ") + problems
                + (problems == 1 ? " problem" : " problems") + " a patient would notice.");
        return problems > 0 ? 1 : 0;
    }

    private static long count(List<Finding> findings, Finding.Level level) {
        return findings.stream().filter(finding -> finding.level() == level).count();
    }
}
