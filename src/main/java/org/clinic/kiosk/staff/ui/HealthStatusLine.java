package org.clinic.kiosk.staff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.clinic.kiosk.staff.HealthStatus;

/**
 * The kiosk's health in one line at the top of the report, with a link that jumps to the health
 * panel at the foot of the page (kiosk.js scrolls there and moves the focus to its heading; the
 * router must not treat it as a new address).
 */
class HealthStatusLine extends Div {

    private final Span voice = new Span();
    private final Span database = new Span();
    private final Span warnings = new Span();

    HealthStatusLine() {
        setId("health-status");
        addClassName("health-status");
        voice.setId("health-status-voice");
        database.setId("health-status-database");
        warnings.setId("health-status-warnings");
        Anchor details = new Anchor("#" + HealthPanel.HEADING, "Kiosk health details");
        details.setId("health-status-link");
        details.addClassName("jump-link");
        details.getElement().setAttribute("data-jump", HealthPanel.HEADING);
        details.getElement().setAttribute("router-ignore", "");
        add(voice, separator(), database, separator(), warnings, separator(), details);
    }

    private static Span separator() {
        Span dot = new Span(" · ");
        dot.getElement().setAttribute("aria-hidden", "true");
        return dot;
    }

    void show(HealthStatus status) {
        voice.setText(status.voice() + ".");
        database.setText(status.database() + ".");
        warnings.setText(status.warningsText() + ".");
        setClassName("urgent", !status.allWell());
    }
}
