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
 * The frame around every patient screen, the same on every screen: a slim header (the clinic's
 * name, and Talk when voice input is part of the app), the screen with its "More below" hint and
 * the read-aloud player in one fixed place at its foot, and one row of controls (Back, Home,
 * Listen, Text and colors, Need help now?) at the bottom in portrait, or down the right-hand side
 * in landscape (kiosk.css): six controls at most with Talk. "I'm finished" is not among them but
 * at the foot of the screens ({@link FinishedTile}) and in the idle warning. Dialogs for text and
 * colors and for help, and the idle warning, sit over it. What the buttons ask for is done by {@link PatientActions}; the idle
 * reset is {@link IdleWatch}.
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
    private final HelpCard helpCard;
    private final Main content = new Main();
    private final NativeButton back = new NativeButton("Back");
    private final NativeButton home = new NativeButton("Home");
    private boolean onWelcome = true;
    /** The help card is being read aloud (asked for by voice). */
    private boolean helpRead;

    KioskLayout(
            KioskSettings settings,
            HelpSettings help,
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
        this.idle = new IdleWatch(
                clock,
                settings,
                reader,
                () -> actions.resetForNextPatient(onWelcome, EndReason.IDLE_RESET),
                actions::finish);
        this.display = new DisplayControls(visit, actions, this::closeDialogs);
        this.helpCard = new HelpCard(help, actions::openHelpTopic, this::closeHelp);
        setId("kiosk");
        addClassName("kiosk-root");

        Span clinic = new Span(settings.clinicName());
        clinic.setId("clinic-name");
        clinic.addClassName("clinic-name");
        Header header = new Header(clinic);
        header.addClassName("kiosk-header");
        this.talk.ifPresent(t -> header.add(t.component()));

        content.setId("content");
        content.addClassName("kiosk-content");
        // the content area is what scrolls, so keyboard and switch users must be able to reach it
        content.getElement().setAttribute("tabindex", "0");
        Div stage = new Div(content, new ScrollHint(), reader.component());
        stage.addClassName("kiosk-stage");

        back.setId("back");
        back.addClassNames("nav-button", "back");
        back.addClickListener(e -> actions.back());
        home.setId("home");
        home.addClassNames("nav-button", "home");
        home.addClickListener(e -> actions.home());
        NativeButton textAndColours = new NativeButton("Text and colors", e -> openDisplay());
        textAndColours.setId("text-and-colours");
        textAndColours.addClassNames("nav-button", "text-and-colours");
        NativeButton helpNow = new NativeButton("Need help now?", e -> actions.openHelp());
        helpNow.setId("help-now");
        helpNow.addClassNames("nav-button", "help-now");
        Footer footer = new Footer(back, home, reader.listenButton(), textAndColours, helpNow);
        footer.addClassName("kiosk-nav");
        footer.getElement().setAttribute("aria-label", "Kiosk controls");

        reader.addPressedListener(e -> actions.reader(e.action()));
        // someone listening to a screen is still here, even without touching it
        reader.addListeningListener(e -> idle.activity());
        add(header, stage, footer, display, helpCard, idle.warning());
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
        SpeechScript script = view instanceof Speakable speakable ? speakable.speechScript() : SpeechScript.of();
        if (view instanceof Speakable speakable) {
            reader.setScreen(screen, speakable::speechScript);
        } else {
            reader.setScreen(screen, SpeechScript::of);
        }
        // a long page gives its reader longer before "Are you still there?"
        idle.screenShown(script);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        onWelcome = path.equals(Routes.WELCOME);
        visit.visited(path);
        // on the welcome screen Back and Home keep their places but are not drawn
        back.setClassName("unavailable", onWelcome);
        home.setClassName("unavailable", onWelcome);
        back.setEnabled(!onWelcome);
        home.setEnabled(!onWelcome);
        closeDialogs();
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
                        + " if (h) { h.setAttribute('tabindex', '-1'); h.focus({preventScroll: true}); }"
                        + " window.kioskScrollHint && window.kioskScrollHint();");
    }

    /** Staff take over the kiosk (the hidden long press on the clinic's name). */
    void openStaffArea() {
        actions.openStaffArea();
    }

    private void openDisplay() {
        helpCard.hide();
        display.open();
        activity();
    }

    private void closeDialogs() {
        display.hide();
        helpCard.hide();
    }

    @Override
    public void activity() {
        idle.activity();
    }

    @Override
    public void displayChanged() {
        display.apply(this);
    }

    @Override
    public void showHelp() {
        helpRead = false;
        display.hide();
        helpCard.open();
    }

    @Override
    public void readHelp() {
        reader.announce(helpCard.speechScript());
        helpRead = true;
    }

    /** The help card's Close: a card read aloud is silenced with it. */
    private void closeHelp() {
        if (helpRead && reader.speaking()) {
            reader.perform(ReaderAction.STOP);
        }
        helpRead = false;
        closeDialogs();
    }

    @Override
    public void visitEnded() {
        closeDialogs();
    }

    @Override
    public boolean onWelcome() {
        return onWelcome;
    }

    /** Called once a second by the browser's poll: voice shows itself once ready; warn, count down or reset. */
    private void checkIdle() {
        talk.ifPresent(Talk::refresh);
        idle.check(onWelcome);
    }
}
