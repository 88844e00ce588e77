package org.clinic.kiosk.topic.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import org.clinic.kiosk.shell.FinishedTile;
import org.clinic.kiosk.shell.KioskLayout;
import org.clinic.kiosk.shell.PatientActions;
import org.clinic.kiosk.shell.Routes;
import org.clinic.kiosk.shell.Speakable;
import org.clinic.kiosk.shell.SpeechScript;
import org.clinic.kiosk.shell.Tile;
import org.clinic.kiosk.topic.Category;

/** The four categories of topics, and the page about where the information comes from. */
@Route(value = Routes.HOME, layout = KioskLayout.class)
@PageTitle("Choose a subject")
public class HomeView extends Div implements Speakable {

    private final SpeechScript.Builder script = new SpeechScript.Builder();

    public HomeView(PatientActions actions) {
        setId("home-view");
        addClassName("view");
        add(new H1("What would you like to read about?"));
        Paragraph hint = new Paragraph("Touch a box to choose.");
        hint.addClassName("lead");
        add(hint);
        Div tiles = new Div();
        tiles.addClassName("tiles");
        script.say(
                "What would you like to read about?",
                "Touch a box to choose. There are " + Category.values().length + " boxes.");
        for (Category category : Category.values()) {
            script.sayHighlighting(category.title() + ". " + category.description(), "category-" + category.id());
            tiles.add(new Tile(
                    "category-" + category.id(), category.title(), category.description(), e -> getUI().ifPresent(ui ->
                            ui.navigate(
                                    CategoryView.class, new RouteParameters(CategoryView.PARAMETER, category.id())))));
        }
        add(tiles);
        Tile about = new Tile("about", "About this information", "Where these facts come from.", e -> getUI().ifPresent(
                        ui -> ui.navigate(AboutView.class)));
        about.addClassName("tile-quiet");
        add(about, new FinishedTile(actions));
        script.sayHighlighting(FinishedTile.SPOKEN, FinishedTile.ID);
        script.sayHighlighting("Below them: About this information. Where these facts come from.", "about");
    }

    @Override
    public SpeechScript speechScript() {
        return script.build();
    }
}
