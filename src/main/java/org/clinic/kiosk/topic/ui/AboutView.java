package org.clinic.kiosk.topic.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.clinic.kiosk.base.KioskLayout;
import org.clinic.kiosk.topic.SourceDocument;

/** Where the facts come from, that this is no substitute for the care team, and what is not kept. */
@Route(value = "about", layout = KioskLayout.class)
@PageTitle("About this information")
public class AboutView extends Div {

    public AboutView() {
        setId("about-view");
        addClassName("view");
        add(new H1("About this information"));
        Paragraph lead = new Paragraph("These pages give general facts about cancer that has come back. "
                + "They cannot tell you about your own cancer. Your care team knows you best, "
                + "so please take your questions to them.");
        lead.addClassName("lead");
        add(lead);

        add(new H2("Where the facts come from"));
        add(new Paragraph("We wrote every page in our own words. The facts come from these guides:"));
        UnorderedList documents = new UnorderedList();
        documents.setId("source-documents");
        for (SourceDocument document : SourceDocument.BUILT_IN) {
            documents.add(new ListItem(document.organisation() + ": " + document.title()
                    + " (" + document.lastReviewed() + ")"));
        }
        add(documents);

        add(new H2("Your privacy"));
        add(new Paragraph("This screen does not ask for your name. It does not keep anything that shows who you are. "
                + "When you leave, it goes back to the start and forgets what you read."));
    }
}
