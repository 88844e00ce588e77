package org.clinic.kiosk.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** Shown for an address that leads nowhere, with a way home instead of a technical error. */
@ParentLayout(KioskLayout.class)
@PageTitle("Page not found")
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, Speakable {

    NotFoundView(PatientActions actions) {
        setId("not-found-view");
        addClassName("view");
        NativeButton home = new NativeButton("Go to the start of the topics", e -> actions.home());
        home.setId("not-found-home");
        home.addClassName("primary");
        add(
                new H1("We could not find that page"),
                new Paragraph("This page is not here. You can go back to the list of topics."),
                home);
    }

    @Override
    public SpeechScript speechScript() {
        return SpeechScript.of(
                "We could not find that page.",
                "This page is not here.",
                "To go to the list of topics, touch the big button that says: Go to the start of the topics.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
