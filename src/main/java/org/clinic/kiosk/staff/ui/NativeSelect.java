package org.clinic.kiosk.staff.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/** The browser's own drop-down list ({@code <select>}), touch-friendly, its value the chosen option's value. */
@Tag("select")
class NativeSelect extends AbstractSinglePropertyField<NativeSelect, String> {

    NativeSelect(String accessibleName) {
        super("value", "", false);
        setSynchronizedEvent("change");
        getElement().setAttribute("aria-label", accessibleName);
    }

    void addOption(String value, String text) {
        getElement()
                .appendChild(new Element("option").setAttribute("value", value).setText(text));
    }
}
