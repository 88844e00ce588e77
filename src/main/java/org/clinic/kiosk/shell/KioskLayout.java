package org.clinic.kiosk.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
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
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinic.kiosk.speech.Speakable;
import org.clinic.kiosk.speech.SpeechOutput;
import org.clinic.kiosk.speech.SpeechScript;
import org.clinic.kiosk.speech.SpeechSettings;
import org.clinic.kiosk.speech.ui.ReadAloudPanel;
import org.clinic.kiosk.staff.KioskHealth;
import org.clinic.kiosk.staff.StaffSession;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.usage.UsageEvent;
import org.clinic.kiosk.usage.UsageLog;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.match.Command;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.ui.VoicePanel;

/**
 * The frame around every screen: the clinic's name and "Need help now?" at the top, big Back and
 * Home and the text-size and contrast controls at the bottom, and the idle reset that hands a
 * clean kiosk to the next patient.
 */
@JavaScript("context://kiosk/kiosk.js")
public class KioskLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Visit visit;
    private final IdleReset idleReset;
    private final UsageLog usageLog;
    private final KioskHealth health;
    private final Main content = new Main();
    private final NativeButton back = new NativeButton("Back");
    private final NativeButton home = new NativeButton("Home");
    private final Map<TextSize, NativeButton> sizeButtons = new EnumMap<>(TextSize.class);
    private final NativeButton contrast = new NativeButton("High contrast");
    private final IdleWarningPanel idleWarning = new IdleWarningPanel(this::activity);
    private final ReadAloudPanel readAloud;
    private final VoicePanel voice;
    private boolean onWelcome = true;

    public KioskLayout(
            KioskSettings settings,
            SpeechSettings speechSettings,
            VoiceSettings voiceSettings,
            Clock clock,
            UsageLog usageLog,
            SpeechOutput speech,
            SpeechRecognizer recognizer,
            QuestionMatcher matcher,
            TopicCatalog catalog,
            KioskHealth health) {
        this.visit = new Visit(settings.defaultTextSize(), settings.defaultTheme());
        this.readAloud = new ReadAloudPanel(speech, speechSettings.defaultRate(), speechSettings.defaultVolume());
        this.idleReset = new IdleReset(clock, settings.idleAfter(), settings.warningFor());
        this.usageLog = usageLog;
        this.health = health;
        setId("kiosk");
        addClassName("kiosk-root");

        Span clinic = new Span(settings.clinicName());
        clinic.setId("clinic-name");
        clinic.addClassName("clinic-name");
        NativeButton help = new NativeButton("Need help now?", e -> {
            getUI().ifPresent(ui -> VisitUsage.reachTopicBy(ui, UsageEvent.HowReached.HELP_ENTRY));
            go(Routes.HELP_TOPIC);
        });
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
        back.addClickListener(e -> goBack());
        home.setId("home");
        home.addClassNames("nav-button", "home");
        home.addClickListener(e -> go(Routes.HOME));
        Div pageButtons = new Div(back, home);
        pageButtons.addClassName("nav-group");

        Div sizes = new Div();
        sizes.addClassNames("nav-group", "text-size");
        sizes.getElement().setAttribute("role", "group");
        sizes.getElement().setAttribute("aria-label", "Text size");
        for (TextSize size : TextSize.values()) {
            String name = size.name().toLowerCase(Locale.ROOT);
            NativeButton button = new NativeButton(size.label(), e -> setTextSize(size));
            button.setId("text-" + name);
            button.addClassNames("nav-button", "size-" + name);
            sizeButtons.put(size, button);
            sizes.add(button);
        }
        contrast.setId("contrast");
        contrast.addClassName("nav-button");
        contrast.addClickListener(e -> toggleContrast());
        Div display = new Div(sizes, contrast);
        display.addClassName("nav-group");

        Footer footer = new Footer(pageButtons, display);
        footer.addClassName("kiosk-nav");
        footer.getElement().setAttribute("aria-label", "Kiosk controls");

        readAloud.onReadAloud(() -> getUI().ifPresent(ui -> usage(ui).record(new UsageEvent.ReadAloudUsed())));
        // someone listening to a screen is still here, even without touching it
        readAloud.onListening(idleReset::activity);
        // voice input (issue 6): Talk and what was heard, under the header, whose height never
        // changes, so Talk stays in the same place on every screen (the footer is shorter on welcome)
        voice = new VoicePanel(
                recognizer,
                matcher,
                voiceSettings,
                id -> catalog.byId(id).map(Topic::title).orElse(id),
                new VoiceActions());
        readAloud.onSpeakingChanged(voice::speakingChanged);
        add(header, voice, content, readAloud, footer, idleWarning);
        getElement().addEventListener("kiosk-activity", e -> activity());
        IdlePoll.everySecond(this, this::checkIdle);
        // staff only: kiosk.js sends this after a 3-second press on the clinic's name
        getElement().addEventListener("kiosk-staff", e -> openStaffArea());
        applyDisplay();
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
            readAloud.setScreen(screen, speakable::speechScript);
        } else {
            readAloud.setScreen(screen, SpeechScript::of);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        onWelcome = path.equals(Routes.WELCOME);
        visit.visited(path);
        back.setVisible(!onWelcome);
        home.setVisible(!onWelcome);
        getUI().or(() -> Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> {
            VisitUsage.navigationDone(ui);
            if (onWelcome) {
                usage(ui).end(UsageEvent.EndReason.HOME);
            } else {
                usage(ui).start();
            }
        });
        activity();
        voice.screenShown(onWelcome || path.equals(Routes.HOME));
        // a new screen starts at its top, and focus moves to its heading so a screen reader
        // announces where the patient is now
        content.getElement()
                .executeJs("this.scrollTop = 0; const h = this.querySelector('h1');"
                        + " if (h) { h.setAttribute('tabindex', '-1'); h.focus({preventScroll: true}); }");
    }

    /** Staff take over the kiosk: the patient's visit ends (counted as ended by staff) first. */
    void openStaffArea() {
        getUI().ifPresent(ui -> usage(ui).end(UsageEvent.EndReason.STAFF));
        go(Routes.STAFF);
    }

    /** A touch, key press or navigation: the patient is still here. */
    void activity() {
        idleReset.activity();
        if (idleWarning.isVisible()) {
            idleWarning.hide();
            readAloud.stop();
        }
    }

    /** Called once a second by the browser's poll (and by tests): warn, count down or reset. */
    void checkIdle() {
        voice.refresh();
        switch (idleReset.check()) {
            case IdleReset.Active a -> idleWarning.hide();
            case IdleReset.Warning w -> {
                if (!onWelcome) {
                    boolean first = !idleWarning.isVisible();
                    idleWarning.show(w.secondsLeft());
                    if (first && readAloud.usedThisVisit()) {
                        // someone listening hears the question too
                        readAloud.announce(idleWarning.speechScript());
                    }
                }
            }
            case IdleReset.Expired x -> resetForNextPatient();
        }
    }

    /**
     * Forgets the visit: default text size and colours, no history, silence with the default speed
     * and loudness, and the welcome screen (whose navigation also scrolls to the top and restarts
     * the idle wait).
     */
    private void resetForNextPatient() {
        getUI().ifPresent(ui -> usage(ui).end(UsageEvent.EndReason.IDLE_RESET));
        visit.clear();
        getUI().map(UI::getSession).map(s -> s.getAttribute(StaffSession.class)).ifPresent(StaffSession::end);
        // voice first: the silence that follows must not make it listen again for the old patient
        voice.idleReset();
        readAloud.reset();
        applyDisplay();
        activity();
        if (onWelcome) {
            visit.visited(Routes.WELCOME);
        } else {
            go(Routes.WELCOME);
        }
    }

    private VisitUsage usage(UI ui) {
        return VisitUsage.of(ui, usageLog);
    }

    private void go(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    private void goBack() {
        go(visit.back().orElse(Routes.HOME));
    }

    /** Voice does what touch does: the same navigation, read-aloud and display actions. */
    private final class VoiceActions implements VoicePanel.Actions {

        @Override
        public void microphoneOpened() {
            health.microphoneUsed();
        }

        @Override
        public void openTopic(String topicId) {
            getUI().ifPresent(ui -> {
                VisitUsage.reachTopicBy(ui, UsageEvent.HowReached.VOICE);
                ui.navigate(Routes.topic(topicId));
            });
            readAloud.readScreen();
        }

        @Override
        public void run(Command command) {
            switch (command) {
                case HOME -> go(Routes.HOME);
                case BACK -> goBack();
                case READ, REPEAT -> readAloud.readScreen();
                case STOP -> readAloud.stop();
                case PAUSE -> readAloud.pause();
                case RESUME -> readAloud.resume();
                case SLOWER -> readAloud.slower();
                case FASTER -> readAloud.faster();
                case LOUDER -> readAloud.louder();
                case QUIETER -> readAloud.quieter();
                case BIGGER_TEXT ->
                    setTextSize(
                            TextSize.values()[
                                    Math.min(
                                            TextSize.values().length - 1,
                                            visit.textSize().ordinal() + 1)]);
                case SMALLER_TEXT ->
                    setTextSize(TextSize.values()[Math.max(0, visit.textSize().ordinal() - 1)]);
                default -> {
                    // help, one, two, yes and no are answered by the conversation itself
                }
            }
        }

        @Override
        public void say(SpeechScript script) {
            readAloud.announce(script);
        }

        @Override
        public void stopSpeaking() {
            readAloud.stop();
        }

        @Override
        public boolean speaking() {
            return readAloud.speaking();
        }

        @Override
        public void activity() {
            KioskLayout.this.activity();
        }

        @Override
        public void count(UsageEvent.VoiceOutcome outcome) {
            getUI().ifPresent(ui -> usage(ui).record(new UsageEvent.VoiceQuestion(outcome)));
        }
    }

    private void setTextSize(TextSize size) {
        if (size != visit.textSize()) {
            String name = size.name().toLowerCase(Locale.ROOT);
            getUI().ifPresent(ui -> usage(ui).record(new UsageEvent.TextSizeChanged(name)));
        }
        visit.setTextSize(size);
        applyDisplay();
        activity();
    }

    private void toggleContrast() {
        visit.setTheme(
                visit.theme() == ContrastTheme.HIGH_CONTRAST ? ContrastTheme.STANDARD : ContrastTheme.HIGH_CONTRAST);
        getUI().ifPresent(ui ->
                usage(ui).record(new UsageEvent.ContrastChanged(visit.theme() == ContrastTheme.HIGH_CONTRAST)));
        applyDisplay();
        activity();
    }

    private void applyDisplay() {
        for (TextSize size : TextSize.values()) {
            removeClassName(size.cssClass());
            sizeButtons.get(size).getElement().setAttribute("aria-pressed", Boolean.toString(size == visit.textSize()));
        }
        addClassName(visit.textSize().cssClass());
        for (ContrastTheme theme : ContrastTheme.values()) {
            removeClassName(theme.cssClass());
        }
        addClassName(visit.theme().cssClass());
        contrast.getElement()
                .setAttribute("aria-pressed", Boolean.toString(visit.theme() == ContrastTheme.HIGH_CONTRAST));
    }
}
