package org.clinic.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import org.clinic.kiosk.cli.AskCommand;
import org.clinic.kiosk.cli.DoctorCommand;
import org.clinic.kiosk.cli.StaffPinCommand;
import org.clinic.kiosk.cli.VoiceModelCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the kiosk web app. Four command-line modes run instead, without the web server:
 * {@code staff-pin} sets the staff PIN, {@code ask} answers questions from standard input,
 * {@code voice-model} installs the speech model, and {@code doctor} checks the machine.
 */
@SpringBootApplication
@StyleSheet("context://kiosk/kiosk.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "color-scheme", content = "light dark")
public class KioskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(StaffPinCommand.NAME)) {
            StaffPinCommand.main(args);
            return;
        }
        if (args.length > 0 && args[0].equals(AskCommand.NAME)) { // questions in, JSON lines out
            System.exit(AskCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals(VoiceModelCommand.NAME)) { // installs the speech model
            VoiceModelCommand.main(args);
            return;
        }
        if (args.length > 0 && args[0].equals(DoctorCommand.NAME)) { // checks the machine, in plain words
            System.exit(DoctorCommand.run());
        }
        SpringApplication.run(KioskApplication.class, args);
    }
}
