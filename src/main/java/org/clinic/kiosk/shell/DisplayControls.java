package org.clinic.kiosk.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The text-size and contrast buttons, and the classes on the frame's root that make them take
 * effect. The buttons act through {@link PatientActions}, like the spoken "bigger text".
 */
final class DisplayControls extends Div {

    private final Visit visit;
    private final Map<TextSize, NativeButton> sizeButtons = new EnumMap<>(TextSize.class);
    private final NativeButton contrast = new NativeButton("High contrast");

    DisplayControls(Visit visit, PatientActions actions) {
        this.visit = visit;
        addClassName("nav-group");
        Div sizes = new Div();
        sizes.addClassNames("nav-group", "text-size");
        sizes.getElement().setAttribute("role", "group");
        sizes.getElement().setAttribute("aria-label", "Text size");
        for (TextSize size : TextSize.values()) {
            String name = size.name().toLowerCase(Locale.ROOT);
            NativeButton button = new NativeButton(size.label(), e -> actions.setTextSize(size));
            button.setId("text-" + name);
            button.addClassNames("nav-button", "size-" + name);
            sizeButtons.put(size, button);
            sizes.add(button);
        }
        contrast.setId("contrast");
        contrast.addClassName("nav-button");
        contrast.addClickListener(e -> actions.toggleContrast());
        add(sizes, contrast);
    }

    /** Puts the visit's text size and colours on {@code root} and shows which buttons are pressed. */
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
