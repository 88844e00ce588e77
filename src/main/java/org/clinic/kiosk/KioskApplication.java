package org.clinic.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import org.clinic.kiosk.voice.match.AskCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the kiosk web app. */
@SpringBootApplication
@StyleSheet("context://kiosk/kiosk.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "color-scheme", content = "light dark")
public class KioskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("ask")) { // staff and evaluation: questions in, JSON lines out, no web server
            System.exit(AskCommand.run());
        }
        SpringApplication.run(KioskApplication.class, args);
    }
}
