package org.clinic.kiosk.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** The attract screen a new patient sees: who we are, what is here, and one big button. */
@Route(value = Routes.WELCOME, layout = KioskLayout.class)
public class WelcomeView extends Div implements HasDynamicTitle, Speakable {

    private final KioskSettings settings;
    private final SpeechScript script;

    WelcomeView(KioskSettings settings, PatientActions actions) {
        this.settings = settings;
        setId("welcome-view");
        addClassNames("view", "welcome");
        H1 title = new H1("Welcome");
        Paragraph clinic = new Paragraph(settings.clinicName());
        clinic.addClassName("welcome-clinic");
        Paragraph what = new Paragraph("Read about cancer that has come back, in plain words. "
                + "You can learn about treatment, feelings, support and planning ahead.");
        what.addClassName("lead");
        NativeButton start = new NativeButton("Touch here to start", e -> actions.home());
        start.setId("start");
        start.addClassNames("primary", "start-button");
        Paragraph privacy = new Paragraph(
                "This screen does not record who you are. " + "It goes back to the start by itself when you leave.");
        Paragraph desk = new Paragraph(settings.frontDeskMessage());
        desk.addClassName("front-desk");
        add(title, clinic, what, start, privacy, desk);
        Paragraph headphones = new Paragraph("You can plug in headphones to listen in private. Then touch Listen.");
        headphones.setId("welcome-headphones");
        headphones.addClassName("headphones");
        headphones.setVisible(settings.headphoneJack());
        add(headphones);
        title.setId("welcome-title");
        clinic.setId("welcome-clinic");
        what.setId("welcome-what");
        privacy.setId("welcome-privacy");
        desk.setId("welcome-desk");
        SpeechScript.Builder spoken = new SpeechScript.Builder()
                .sayHighlighting("Welcome to " + settings.clinicName() + ".", "welcome-title")
                .sayHighlighting(what.getText(), "welcome-what")
                .sayHighlighting(
                        "To start, touch the big button in the middle of the screen. It says: Touch here to start.",
                        "start")
                .sayHighlighting(privacy.getText(), "welcome-privacy")
                .sayHighlighting(desk.getText(), "welcome-desk");
        if (settings.headphoneJack()) {
            spoken.sayHighlighting(headphones.getText(), "welcome-headphones");
        }
        script = spoken.build();
    }

    @Override
    public SpeechScript speechScript() {
        return script;
    }

    @Override
    public String getPageTitle() {
        return "Welcome - " + settings.clinicName();
    }
}
