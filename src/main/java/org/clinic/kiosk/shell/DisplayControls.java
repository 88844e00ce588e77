package org.clinic.kiosk.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the frame's one "Text and colors" button opens: big buttons for the three text sizes and
 * for the colors, and Done. It also puts the visit's choice on the frame's root. The buttons act
 * through {@link PatientActions}, like the spoken "bigger text".
 */
final class DisplayControls extends Div {

    private final Visit visit;
    private final Map<TextSize, NativeButton> sizeButtons = new EnumMap<>(TextSize.class);
    private final NativeButton contrast = new NativeButton("High contrast");
    private final NativeButton done;

    DisplayControls(Visit visit, PatientActions actions, Runnable onDone) {
        this.visit = visit;
        setId("text-and-colours-panel");
        addClassNames("kiosk-dialog", "display-panel");
        Dialogs.modal(this, "dialog", "text-and-colours-title");
        H2 title = new H2("Text and colors");
        title.setId("text-and-colours-title");

        Div sizes = group("Text size");
        for (TextSize size : TextSize.values()) {
            String name = size.name().toLowerCase(Locale.ROOT);
            NativeButton button = new NativeButton(size.label(), e -> actions.setTextSize(size));
            button.setId("text-" + name);
            button.addClassNames("choice-button", "size-" + name);
            sizeButtons.put(size, button);
            sizes.add(button);
        }
        Div colours = group("Colors");
        // one switch: pressed is white and yellow on black, touched again it is dark on light
        contrast.setId("contrast");
        contrast.addClassName("choice-button");
        contrast.addClickListener(e -> actions.toggleContrast());
        colours.add(contrast);
        done = new NativeButton("Done", e -> onDone.run());
        done.setId("text-and-colours-done");
        done.addClassName("primary");
        Div box = new Div(title, new H3("Text size"), sizes, new H3("Colors"), colours, done);
        box.addClassName("dialog-box");
        add(box);
        setVisible(false);
    }

    private static Div group(String label) {
        Div group = new Div();
        group.addClassName("choice-group");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", label);
        return group;
    }

    void open() {
        setVisible(true);
        done.focus();
    }

    void hide() {
        setVisible(false);
    }

    /** Puts the visit's text size and colors on {@code root} and shows which buttons are pressed. */
    void apply(Component root) {
        for (TextSize size : TextSize.values()) {
            root.getElement().getClassList().remove(size.cssClass());
            sizeButtons.get(size).getElement().setAttribute("aria-pressed", Boolean.toString(size == visit.textSize()));
        }
        root.getElement().getClassList().add(visit.textSize().cssClass());
        for (ContrastTheme theme : ContrastTheme.values()) {
            root.getElement().getClassList().remove(theme.cssClass());
        }
        root.getElement().getClassList().add(visit.theme().cssClass());
        contrast.getElement()
                .setAttribute("aria-pressed", Boolean.toString(visit.theme() == ContrastTheme.HIGH_CONTRAST));
    }
}
