package org.clinic.kiosk.staff.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.clinic.kiosk.shell.IdlePoll;
import org.clinic.kiosk.shell.KioskSettings;
import org.clinic.kiosk.shell.Routes;
import org.clinic.kiosk.staff.StaffSession;

/**
 * The frame of the staff area: no patient controls, one way out ("Back to the kiosk", which also
 * signs out), a contrast switch, and two timers. A signed-in session ends after the staff idle
 * time; the sign-in screen itself goes back to the welcome screen after the kiosk's idle time,
 * in case a patient reached it by holding the clinic's name.
 */
@JavaScript("context://kiosk/kiosk.js")
class StaffLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Clock clock;
    private final Duration signInScreenIdle;
    private final Main content = new Main();
    private final NativeButton exit = new NativeButton("Back to the kiosk");
    private final NativeButton contrast = new NativeButton("High contrast");
    private final NativeButton reports = new NativeButton("Reports");
    private final NativeButton tryQuestion = new NativeButton("Try a question");
    private Instant lastActivity;

    public StaffLayout(KioskSettings settings, Clock clock) {
        this.clock = clock;
        this.signInScreenIdle = settings.idleAfter().plus(settings.warningFor());
        this.lastActivity = clock.instant();
        setId("staff-area");
        addClassNames("kiosk-root", "staff-root", "text-normal", "theme-standard");

        Span title = new Span("Staff area - " + settings.clinicName());
        title.setId("staff-title");
        title.addClassName("clinic-name");
        contrast.setId("staff-contrast");
        contrast.getElement().setAttribute("aria-pressed", "false");
        contrast.addClickListener(e -> toggleContrast());
        exit.setId("staff-exit");
        exit.addClassName("primary");
        exit.addClickListener(e -> leave());
        reports.setId("staff-nav-reports");
        reports.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(StaffReportView.class)));
        tryQuestion.setId("staff-nav-try");
        tryQuestion.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(StaffTryQuestionView.class)));
        Div buttons = new Div(reports, tryQuestion, contrast, exit);
        buttons.addClassName("nav-group");
        Header header = new Header(title, buttons);
        header.addClassNames("kiosk-header", "staff-header");

        content.setId("staff-content");
        content.addClassName("kiosk-content");
        content.getElement().setAttribute("tabindex", "0");
        add(header, content);
        getElement().addEventListener("kiosk-activity", e -> activity());
        IdlePoll.everySecond(this, this::checkIdle);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        activity();
        boolean signedIn = StaffAccess.current().isPresent();
        exit.setText(signedIn ? "Sign out and go back to the kiosk" : "Back to the kiosk");
        reports.setVisible(signedIn);
        tryQuestion.setVisible(signedIn);
        content.getElement()
                .executeJs("this.scrollTop = 0; const h = this.querySelector('h1');"
                        + " if (h) { h.setAttribute('tabindex', '-1'); h.focus({preventScroll: true}); }");
    }

    /** A touch or key press anywhere in the staff area. */
    void activity() {
        lastActivity = clock.instant();
        StaffAccess.current().ifPresent(StaffSession::activity);
    }

    /** Once a second: sign out an idle staff member, or close an idle sign-in screen. */
    void checkIdle() {
        boolean hadSession = getUI().map(ui -> ui.getSession().getAttribute(StaffSession.class) != null)
                .orElse(false);
        boolean open = StaffAccess.current().isPresent();
        if (hadSession && !open) {
            leave();
        } else if (!open && Duration.between(lastActivity, clock.instant()).compareTo(signInScreenIdle) >= 0) {
            leave();
        }
    }

    /** Signs out (if signed in) and hands the screen back to patients. */
    private void leave() {
        StaffAccess.end();
        getUI().ifPresent(ui -> ui.navigate(Routes.WELCOME));
    }

    private void toggleContrast() {
        boolean high = !hasClassName("theme-contrast");
        setClassName("theme-contrast", high);
        setClassName("theme-standard", !high);
        contrast.getElement().setAttribute("aria-pressed", Boolean.toString(high));
        activity();
    }
}
