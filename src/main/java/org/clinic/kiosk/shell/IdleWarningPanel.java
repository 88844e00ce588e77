package org.clinic.kiosk.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** "Are you still there?" with a visible countdown and one big button to carry on. */
class IdleWarningPanel extends Div implements Speakable {

    private final Span seconds = new Span();
    private final NativeButton stillHere;

    IdleWarningPanel(Runnable onStillHere, Runnable onFinished) {
        setId("idle-warning");
        addClassName("idle-warning");
        Dialogs.modal(this, "alertdialog", "idle-warning-title");
        getElement().setAttribute("aria-describedby", "idle-warning-text");

        Div box = new Div();
        box.addClassName("idle-box");
        H2 title = new H2("Are you still there?");
        title.setId("idle-warning-title");
        seconds.setId("idle-seconds");
        seconds.addClassName("idle-seconds");
        Paragraph text = new Paragraph();
        text.setId("idle-warning-text");
        text.add(
                new Span("To keep your visit private, this screen will go back to the start in "),
                seconds,
                new Span(" seconds."));
        stillHere = new NativeButton("I'm still here", e -> onStillHere.run());
        stillHere.setId("still-here");
        stillHere.addClassName("primary");
        NativeButton finished = new NativeButton("I'm finished", e -> onFinished.run());
        finished.setId("idle-finished");
        Div buttons = new Div(stillHere, finished);
        buttons.addClassName("dialog-buttons");
        box.add(title, text, buttons);
        add(box);
        setVisible(false);
    }

    void show(long secondsLeft) {
        seconds.setText(Long.toString(secondsLeft));
        if (!isVisible()) {
            setVisible(true);
            stillHere.focus();
        }
    }

    void hide() {
        setVisible(false);
    }

    @Override
    public SpeechScript speechScript() {
        return SpeechScript.of(
                "Are you still there?",
                "To keep your visit private, this screen will go back to the start in " + seconds.getText()
                        + " seconds.",
                "If you are still here, touch the button that says I'm still here.",
                "If you are done, touch I'm finished.");
    }
}
