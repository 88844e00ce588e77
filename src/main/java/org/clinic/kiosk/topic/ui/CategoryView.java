package org.clinic.kiosk.topic.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import org.clinic.kiosk.shell.FinishedTile;
import org.clinic.kiosk.shell.KioskLayout;
import org.clinic.kiosk.shell.PatientActions;
import org.clinic.kiosk.shell.Speakable;
import org.clinic.kiosk.shell.SpeechScript;
import org.clinic.kiosk.shell.Tile;
import org.clinic.kiosk.topic.Category;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.usage.UsageEvent.HowReached;

/** The topics of one category, each as a tile with its one-sentence summary. */
@Route(value = "category/:" + CategoryView.PARAMETER, layout = KioskLayout.class)
class CategoryView extends Div implements BeforeEnterObserver, HasDynamicTitle, Speakable {

    static final String PARAMETER = "categoryId";
    private final TopicCatalog catalog;
    private final PatientActions actions;
    private String title = "Topics";
    private SpeechScript script = SpeechScript.of();

    CategoryView(TopicCatalog catalog, PatientActions actions) {
        this.catalog = catalog;
        this.actions = actions;
        setId("category-view");
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Category category = event.getRouteParameters()
                .get(PARAMETER)
                .flatMap(Category::byId)
                .orElse(null);
        if (category == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = category.title();
        removeAll();
        add(new H1(category.title()));
        Paragraph lead = new Paragraph(category.description());
        lead.addClassName("lead");
        add(lead);
        Div tiles = new Div();
        tiles.addClassName("tiles");
        SpeechScript.Builder spoken = new SpeechScript.Builder()
                .say(category.title() + ".", category.description(), "Touch a box to read a topic.");
        catalog.inCategory(category).forEach(topic -> {
            tiles.add(new Tile(
                    "topic-" + topic.id(),
                    topic.title(),
                    topic.summary(),
                    e -> actions.openTopic(topic.id(), HowReached.TILE)));
            spoken.sayHighlighting(topic.title() + ".", "topic-" + topic.id());
            spoken.sayHighlighting(topic.summary(), "topic-" + topic.id());
        });
        add(tiles, new FinishedTile(actions));
        script = spoken.build();
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
