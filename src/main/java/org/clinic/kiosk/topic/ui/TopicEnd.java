package org.clinic.kiosk.topic.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Optional;
import org.clinic.kiosk.shell.PatientActions;
import org.clinic.kiosk.shell.Tile;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.usage.UsageEvent.HowReached;

/**
 * The foot of a topic: the line to ask the care team, the next topic in the same section (when
 * there is one) and the way back to the section's list. "I'm finished" follows at the page's foot.
 */
final class TopicEnd extends Section {

    static final String ASK_CARE_TEAM_ID = "ask-care-team";
    static final String ASK_CARE_TEAM =
            "Every person is different. Ask your care team what this means for you. They are glad to help.";

    TopicEnd(Topic topic, TopicCatalog catalog, PatientActions actions) {
        setId("topic-end");
        addClassName("topic-end");
        Paragraph ask = new Paragraph(ASK_CARE_TEAM);
        ask.setId(ASK_CARE_TEAM_ID);
        ask.addClassName("lead");
        add(ask);
        Div tiles = new Div();
        tiles.addClassName("tiles");
        nextInSection(topic, catalog)
                .ifPresent(next -> tiles.add(new Tile(
                        "next-in-section",
                        "Next in " + topic.category().title() + ": " + next.title(),
                        next.summary(),
                        e -> actions.openTopic(next.id(), HowReached.NEXT_IN_SECTION))));
        tiles.add(new Tile(
                "back-to-section",
                "Back to " + topic.category().title(),
                "See all the topics in this section.",
                e -> getUI().ifPresent(ui -> ui.navigate(
                        CategoryView.class,
                        new RouteParameters(
                                CategoryView.PARAMETER, topic.category().id())))));
        add(tiles);
    }

    /** The topic after this one in its section's list, if it is not the last. */
    static Optional<Topic> nextInSection(Topic topic, TopicCatalog catalog) {
        List<Topic> section = catalog.inCategory(topic.category());
        for (int i = 0; i < section.size() - 1; i++) {
            if (section.get(i).id().equals(topic.id())) {
                return Optional.of(section.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
