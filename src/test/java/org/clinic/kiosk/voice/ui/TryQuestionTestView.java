package org.clinic.kiosk.voice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.clinic.kiosk.base.KioskLayout;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.voice.QuestionMatcher;

/**
 * Test-only page that mounts the "Try a question" panel inside the kiosk frame, as the staff area
 * will (the staff area is built separately; the integrator mounts the panel there).
 */
@Route(value = "test/try-question", layout = KioskLayout.class)
@PageTitle("Try a question")
public class TryQuestionTestView extends Div {

    public TryQuestionTestView(QuestionMatcher matcher, TopicCatalog catalog) {
        addClassName("view");
        add(new H1("Staff tools"));
        add(new TryQuestionPanel(matcher, id -> catalog.byId(id).map(Topic::title).orElse(id)));
    }
}
