package org.clinic.kiosk.topic.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.clinic.kiosk.shell.FinishedTile;
import org.clinic.kiosk.shell.KioskLayout;
import org.clinic.kiosk.shell.KioskSettings;
import org.clinic.kiosk.shell.PatientActions;
import org.clinic.kiosk.shell.Routes;
import org.clinic.kiosk.shell.Speakable;
import org.clinic.kiosk.shell.SpeechScript;
import org.clinic.kiosk.shell.Tile;
import org.clinic.kiosk.shell.VisitUsage;
import org.clinic.kiosk.speech.ui.SentenceSpans;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.usage.UsageEvent.HowReached;

/** One topic: its title, the summary, the sections, related topics and where the facts come from. */
@Route(value = "topic/:" + TopicView.PARAMETER, layout = KioskLayout.class)
public class TopicView extends Div implements BeforeEnterObserver, HasDynamicTitle, Speakable {

    static final String PARAMETER = "topicId";
    private static final DateTimeFormatter REVIEWED = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final TopicCatalog catalog;
    private final KioskSettings settings;
    private final VisitUsage usage;
    private final PatientActions actions;
    private String title = "Topic";
    private SpeechScript script = SpeechScript.of();

    TopicView(TopicCatalog catalog, KioskSettings settings, VisitUsage usage, PatientActions actions) {
        this.catalog = catalog;
        this.settings = settings;
        this.usage = usage;
        this.actions = actions;
        setId("topic-view");
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Topic topic =
                event.getRouteParameters().get(PARAMETER).flatMap(catalog::byId).orElse(null);
        if (topic == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = topic.title();
        usage.topicShown(topic.id(), topic.category().id());
        removeAll();
        show(topic);
    }

    /** Reading order: the title, the summary, then each section; every sentence is its own span. */
    private void show(Topic topic) {
        SentenceSpans spoken = new SentenceSpans();
        // where the patient is: the section (category) above the topic's title
        Paragraph sectionName = new Paragraph(topic.category().title());
        sectionName.setId("topic-section-name");
        sectionName.addClassName("section-name");
        add(sectionName);
        H1 heading = new H1(topic.title());
        heading.setId("topic-title");
        spoken.part(topic.title());
        spoken.addExisting(topic.title() + ".", heading.getId().orElseThrow());
        add(heading);
        if (topic.id().equals(Routes.HELP_TOPIC_ID)) {
            Paragraph urgent = new Paragraph();
            spoken.add(
                    urgent,
                    "If you feel unwell now, please speak to the front desk right away. "
                            + settings.frontDeskMessage());
            urgent.setId("unwell-notice");
            urgent.addClassName("urgent");
            add(urgent);
        }
        Paragraph summary = new Paragraph();
        spoken.add(summary, topic.summary());
        summary.setId("topic-summary");
        summary.addClassName("lead");
        add(summary);

        int number = 0;
        for (Topic.Section part : topic.sections()) {
            H2 sectionHeading = new H2(part.heading());
            sectionHeading.setId("section-" + ++number);
            spoken.part(part.heading());
            spoken.addExisting(part.heading() + ".", sectionHeading.getId().orElseThrow());
            Section section = new Section(sectionHeading);
            section.addClassName("topic-section");
            for (Topic.Block block : part.blocks()) {
                switch (block) {
                    case Topic.Paragraph p -> {
                        Paragraph paragraph = new Paragraph();
                        spoken.add(paragraph, p.text());
                        section.add(paragraph);
                    }
                    case Topic.BulletList list -> {
                        UnorderedList items = new UnorderedList();
                        for (String text : list.items()) {
                            ListItem item = new ListItem();
                            spoken.add(item, text);
                            items.add(item);
                        }
                        section.add(items);
                    }
                }
            }
            add(section);
        }

        add(new TopicEnd(topic, catalog, actions));

        Section related = new Section(new H2("Related topics"));
        related.setId("related");
        Div tiles = new Div();
        tiles.addClassName("tiles");
        for (String id : topic.related()) {
            catalog.byId(id)
                    .ifPresent(other -> tiles.add(new Tile(
                            "related-" + other.id(),
                            other.title(),
                            other.summary(),
                            e -> actions.openTopic(other.id(), HowReached.RELATED_LINK))));
        }
        related.add(tiles);
        add(related);

        Paragraph sources = new Paragraph("Based on information from " + String.join(", ", topic.sources())
                + ". Checked " + REVIEWED.format(topic.reviewed()) + ".");
        sources.setId("topic-sources");
        sources.addClassName("sources");
        add(sources);
        // the last thing on the page, where the eyes of someone who has read to the end are
        add(new FinishedTile(actions));

        spoken.part("The end of this topic");
        spoken.addExisting(TopicEnd.ASK_CARE_TEAM, TopicEnd.ASK_CARE_TEAM_ID);
        if (!topic.related().isEmpty()) {
            spoken.part("Related topics");
            spoken.sayOnly("Related topics.");
            for (String id : topic.related()) {
                catalog.byId(id).ifPresent(other -> spoken.addExisting(other.title() + ".", "related-" + other.id()));
            }
        }
        spoken.part("Where this comes from");
        spoken.addExisting(sources.getText(), "topic-sources");
        spoken.addExisting(FinishedTile.SPOKEN, FinishedTile.ID);
        script = spoken.script();
    }

    @Override
    public SpeechScript speechScript() {
        return script;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
