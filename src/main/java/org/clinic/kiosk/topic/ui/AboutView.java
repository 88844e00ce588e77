package org.clinic.kiosk.topic.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.clinic.kiosk.shell.FinishedTile;
import org.clinic.kiosk.shell.KioskLayout;
import org.clinic.kiosk.shell.PatientActions;
import org.clinic.kiosk.shell.Speakable;
import org.clinic.kiosk.shell.SpeechScript;
import org.clinic.kiosk.speech.ui.SentenceSpans;
import org.clinic.kiosk.topic.SourceDocument;

/**
 * Where the facts come from, that this is no substitute for the care team, and what is not kept; "I'm
 * finished" at its foot, as on every other screen a patient reads.
 */
@Route(value = "about", layout = KioskLayout.class)
@PageTitle("About this information")
class AboutView extends Div implements Speakable {

    private final SentenceSpans spoken = new SentenceSpans();

    public AboutView(PatientActions actions) {
        setId("about-view");
        addClassName("view");
        add(heading(new H1(), "about-title", "About this information"));
        Paragraph lead = new Paragraph();
        spoken.add(
                lead,
                "These pages give general facts about cancer that has come back. "
                        + "They cannot tell you about your own cancer. Your care team knows you best, "
                        + "so please take your questions to them.");
        lead.addClassName("lead");
        add(lead);

        add(heading(new H2(), "about-sources", "Where the facts come from"));
        Paragraph guides = new Paragraph();
        spoken.add(guides, "We wrote every page in our own words. The facts come from these guides:");
        add(guides);
        UnorderedList documents = new UnorderedList();
        documents.setId("source-documents");
        for (SourceDocument document : SourceDocument.BUILT_IN) {
            ListItem item = new ListItem();
            spoken.add(item, document.organisation() + ": " + document.title() + " (" + document.lastReviewed() + ")");
            documents.add(item);
        }
        add(documents);

        add(heading(new H2(), "about-privacy", "Your privacy"));
        Paragraph privacy = new Paragraph();
        spoken.add(
                privacy,
                "This screen does not ask for your name. It does not keep anything that shows who you are. "
                        + "When you leave, it goes back to the start and forgets what you read.");
        add(privacy);
        add(new FinishedTile(actions));
        spoken.addExisting(FinishedTile.SPOKEN, FinishedTile.ID);
    }

    /** A heading that is also read aloud, lit up while it is said. */
    private <T extends Component & HasText> T heading(T heading, String id, String text) {
        heading.setText(text);
        heading.setId(id);
        spoken.addExisting(text + ".", id);
        return heading;
    }

    @Override
    public SpeechScript speechScript() {
        return spoken.script();
    }
}
