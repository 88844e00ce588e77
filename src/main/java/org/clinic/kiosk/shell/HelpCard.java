package org.clinic.kiosk.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The card "Need help now?" opens, with the button's own words as its heading: a line for someone
 * who cannot cope right now, what to do now (the front desk, and where it is) and the numbers to
 * call, as the clinic set them in {@link HelpSettings}. Empty settings are not shown. The front desk
 * is named once for each job (the urgent line, what to do now), not a third time in the clinic's
 * general welcome sentence.
 */
final class HelpCard extends Div implements Speakable {

    static final String CANNOT_COPE =
            "If you cannot cope right now, or you feel you might hurt yourself, go to the front desk now"
                    + " and tell them. Someone will help you right away.";

    private final SpeechScript.Builder script = new SpeechScript.Builder();
    private final NativeButton close;

    HelpCard(HelpSettings help, Runnable readMore, Runnable onClose) {
        setId("help-card");
        addClassNames("kiosk-dialog", "help-card");
        Dialogs.modal(this, "dialog", "help-card-title");
        Div box = new Div();
        box.addClassName("dialog-box");

        H2 title = new H2("Need help now?");
        title.setId("help-card-title");
        script.sayHighlighting("Need help now?", "help-card-title");
        Paragraph cope = paragraph("help-cannot-cope", CANNOT_COPE);
        cope.addClassName("urgent");
        box.add(title, cope);
        if (HelpSettings.isSet(help.crisisLine())) {
            box.add(paragraph(
                    "help-crisis-line",
                    "Crisis line, open day and night: " + help.crisisLine().strip()));
            cope.addClassName("with-crisis-line");
        }

        box.add(new H3("What to do now"));
        box.add(paragraph("help-front-desk", "Go to the front desk. The staff there will help you."));
        if (HelpSettings.isSet(help.frontDeskLocation())) {
            box.add(paragraph(
                    "help-front-desk-location",
                    "Where it is: " + help.frontDeskLocation().strip()));
        }
        if (!help.numbers().isEmpty()) {
            box.add(new H3("Numbers to call"));
            UnorderedList numbers = new UnorderedList();
            numbers.addClassName("help-numbers");
            for (HelpSettings.Line line : help.numbers()) {
                ListItem item = new ListItem(line.label() + ": " + line.number());
                item.setId(line.id());
                numbers.add(item);
                script.say(line.label() + ": " + line.number() + ".");
            }
            box.add(numbers);
        }

        NativeButton more = new NativeButton("Read about when to ask for help", e -> readMore.run());
        more.setId("help-read-more");
        close = new NativeButton("Close", e -> onClose.run());
        close.setId("help-close");
        close.addClassName("primary");
        Div buttons = new Div(close, more);
        buttons.addClassName("dialog-buttons");
        box.add(buttons);
        add(box);
        setVisible(false);
    }

    private Paragraph paragraph(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        script.sayHighlighting(text, id);
        return paragraph;
    }

    void open() {
        setVisible(true);
        close.focus();
    }

    void hide() {
        setVisible(false);
    }

    @Override
    public SpeechScript speechScript() {
        return script.build();
    }
}
