package org.clinic.kiosk.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.clinic.kiosk.shell.Routes;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.clinic.kiosk.voice.ui.TryQuestionPanel;

/**
 * "Try a question": staff type what a patient might say and see what the kiosk would do and why,
 * to tune the lay-words file. Only reachable with an open staff session.
 */
@Route(value = Routes.STAFF + "/try-question", layout = StaffLayout.class)
@PageTitle("Try a question - staff area")
class StaffTryQuestionView extends Div implements BeforeEnterObserver {

    public StaffTryQuestionView(QuestionMatcher matcher, TopicCatalog catalog) {
        setId("staff-try-question");
        addClassName("view");
        add(
                new H1("Try a question"),
                new Paragraph("Type what a patient might say. See which topic or command the kiosk picks, "
                        + "and why. Nothing you type here is kept."),
                new TryQuestionPanel(
                        matcher, id -> catalog.byId(id).map(Topic::title).orElse(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (StaffAccess.current().isEmpty()) {
            event.forwardTo(StaffLoginView.class);
        }
    }
}
