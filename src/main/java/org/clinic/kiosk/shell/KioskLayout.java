package org.clinic.kiosk.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.clinic.kiosk.usage.UsageEvent.EndReason;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every patient screen: the clinic's name and "Need help now?" at the top, Talk
 * under it when voice input is part of the app, the screen, the read-aloud bar, big Back and Home
 * and the display controls at the bottom, and the idle warning. What the frame's buttons (and the
 * read-aloud bar's) ask for is done by {@link PatientActions}; the idle reset is {@link IdleWatch}.
 */
@JavaScript("context://kiosk/kiosk.js")
public class KioskLayout extends Div implements RouterLayout, AfterNavigationObserver, PatientActions.Frame {

    private final Visit visit;
    private final VisitUsage usage;
    private final PatientActions actions;
    private final ReadAloud reader;
    private final Optional<Talk> talk;
    private final IdleWatch idle;
    private final DisplayControls display;
    private final Main content = new Main();
    private final NativeButton back = new NativeButton("Back");
    private final NativeButton home = new NativeButton("Home");
    private boolean onWelcome = true;

    KioskLayout(
            KioskSettings settings,
            Clock clock,
            Visit visit,
            VisitUsage usage,
            PatientActions actions,
            ReadAloud reader,
            ObjectProvider<Talk> talk) {
        this.visit = visit;
        this.usage = usage;
        this.actions = actions;
        this.reader = reader;
        this.talk = Optional.ofNullable(talk.getIfAvailable());
        this.idle = new IdleWatch(clock, settings, reader, () -> actions.resetForNextPatient(onWelcome));
        this.display = new DisplayControls(visit, actions);
        setId("kiosk");
        addClassName("kiosk-root");

        Span clinic = new Span(settings.clinicName());
        clinic.setId("clinic-name");
        clinic.addClassName("clinic-name");
        NativeButton help = new NativeButton("Need help now?", e -> actions.openHelp());
        help.setId("help-now");
        help.addClassName("help-now");
        Header header = new Header(clinic, help);
        header.addClassName("kiosk-header");

        content.setId("content");
        content.addClassName("kiosk-content");
        // the content area is what scrolls, so keyboard and switch users must be able to reach it
        content.getElement().setAttribute("tabindex", "0");

        back.setId("back");
        back.addClassNames("nav-button", "back");
        back.addClickListener(e -> actions.back());
        home.setId("home");
        home.addClassNames("nav-button", "home");
        home.addClickListener(e -> actions.home());
        Div pageButtons = new Div(back, home);
        pageButtons.addClassName("nav-group");

        Footer footer = new Footer(pageButtons, display);
        footer.addClassName("kiosk-nav");
        footer.getElement().setAttribute("aria-label", "Kiosk controls");

        reader.addPressedListener(e -> actions.reader(e.action()));
        // someone listening to a screen is still here, even without touching it
        reader.addListeningListener(e -> idle.activity());
        // Talk sits under the header, whose height never changes, so it stays in the same place on
        // every screen (the footer is shorter on welcome)
        add(header);
        this.talk.ifPresent(t -> add(t.component()));
        add(content, reader.component(), footer, idle.warning());
        actions.attach(this);
        getElement().addEventListener("kiosk-activity", e -> activity());
        IdlePoll.everySecond(this, this::checkIdle);
        // staff only: kiosk.js sends this after a 3-second press on the clinic's name
        getElement().addEventListener("kiosk-staff", e -> openStaffArea());
        displayChanged();
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
        // a new screen silences the old one; Read aloud now reads this screen
        String screen = view == null
                ? "screen"
                : view.getClass().getSimpleName().replaceFirst("View$", "").toLowerCase(Locale.ROOT);
        if (view instanceof Speakable speakable) {
            reader.setScreen(screen, speakable::speechScript);
        } else {
            reader.setScreen(screen, SpeechScript::of);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        onWelcome = path.equals(Routes.WELCOME);
        visit.visited(path);
        back.setVisible(!onWelcome);
        home.setVisible(!onWelcome);
        usage.navigationDone();
        if (onWelcome) {
            usage.end(EndReason.HOME);
        } else {
            usage.start();
        }
        activity();
        talk.ifPresent(t -> t.screenShown(onWelcome || path.equals(Routes.HOME)));
        // a new screen starts at its top, and focus moves to its heading so a screen reader
        // announces where the patient is now
        content.getElement()
                .executeJs("this.scrollTop = 0; const h = this.querySelector('h1');"
                        + " if (h) { h.setAttribute('tabindex', '-1'); h.focus({preventScroll: true}); }");
    }

    /** Staff take over the kiosk (the hidden long press on the clinic's name). */
    void openStaffArea() {
        actions.openStaffArea();
    }

    @Override
    public void activity() {
        idle.activity();
    }

    @Override
    public void displayChanged() {
        display.apply(this);
    }

    /** Called once a second by the browser's poll: voice shows itself once ready; warn, count down or reset. */
    private void checkIdle() {
        talk.ifPresent(Talk::refresh);
        idle.check(onWelcome);
    }
}
