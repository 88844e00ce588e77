package org.clinic.kiosk.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Locale;
import java.util.Optional;
import org.clinic.kiosk.usage.UsageEvent;
import org.clinic.kiosk.usage.UsageEvent.EndReason;
import org.clinic.kiosk.usage.UsageEvent.HowReached;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The one place where a patient's action is performed, whatever asked for it: a touch on a tile,
 * the frame's buttons, the read-aloud bar, or a spoken question or command. One per browser tab.
 */
@SpringComponent
@UIScope
public final class PatientActions {

    /** What the frame does when the visit changes; the frame registers itself when it is made. */
    interface Frame {
        void displayChanged();

        void activity();

        /** Shows the "Need help now?" card over the screen. */
        void showHelp();

        /** Reads the open "Need help now?" card aloud (closing it stops the reading). */
        void readHelp();

        /** The visit was forgotten: close anything open over the screen. */
        void visitEnded();

        boolean onWelcome();
    }

    private final Visit visit;
    private final VisitUsage usage;
    private final ReadAloud reader;
    private final ObjectProvider<Talk> talk;
    private final ApplicationEventPublisher events;
    private Frame frame;

    PatientActions(
            Visit visit,
            VisitUsage usage,
            ReadAloud reader,
            ObjectProvider<Talk> talk,
            ApplicationEventPublisher events) {
        this.visit = visit;
        this.usage = usage;
        this.reader = reader;
        this.talk = talk;
        this.events = events;
    }

    void attach(Frame frame) {
        this.frame = frame;
    }

    // ---- where to go ----

    /** Shows a topic; the usage log counts a view reached this way. */
    public void openTopic(String topicId, HowReached how) {
        usage.arriveBy(how);
        go(Routes.topic(topicId));
    }

    /** A spoken question found a topic: it is shown (counted as reached by voice) and read aloud. */
    public void openTopicAndRead(String topicId) {
        openTopic(topicId, HowReached.VOICE);
        reader(ReaderAction.READ);
    }

    /** "Need help now?", touched or said: the help card opens over the screen (counted). */
    public void openHelp() {
        usage.record(new UsageEvent.HelpCardOpened());
        if (frame != null) {
            frame.showHelp();
            frame.activity();
        }
    }

    /**
     * "I need help", said: the same card as the button, counted the same way, and read aloud (the
     * patient is talking to the kiosk and may not be able to read it).
     */
    public void openHelpAndRead() {
        openHelp();
        if (frame != null) {
            frame.readHelp();
        }
    }

    /** The help card's "Read about when to ask for help": the topic, counted as reached from help. */
    public void openHelpTopic() {
        openTopic(Routes.HELP_TOPIC_ID, HowReached.HELP_ENTRY);
    }

    /** "I'm finished": the visit is forgotten at once, as the idle reset would, for the next patient. */
    public void finish() {
        resetForNextPatient(frame != null && frame.onWelcome(), EndReason.FINISHED);
    }

    public void home() {
        go(Routes.HOME);
    }

    public void back() {
        go(visit.back().orElse(Routes.HOME));
    }

    /** Staff take over the kiosk: the patient's visit ends (counted as ended by staff) first. */
    public void openStaffArea() {
        usage.end(EndReason.STAFF);
        go(Routes.STAFF);
    }

    // ---- reading aloud ----

    /** What a button of the read-aloud bar, or the same words spoken, asks for. */
    public void reader(ReaderAction action) {
        if (action == ReaderAction.READ) {
            usage.record(new UsageEvent.ReadAloudUsed());
        }
        reader.perform(action);
    }

    // ---- the display ----

    public void setTextSize(TextSize size) {
        if (size != visit.textSize()) {
            usage.record(new UsageEvent.TextSizeChanged(size.name().toLowerCase(Locale.ROOT)));
        }
        visit.setTextSize(size);
        displayChanged();
    }

    public void biggerText() {
        setTextSize(visit.textSize().bigger());
    }

    public void smallerText() {
        setTextSize(visit.textSize().smaller());
    }

    public void toggleContrast() {
        boolean high = visit.theme() != ContrastTheme.HIGH_CONTRAST;
        visit.setTheme(high ? ContrastTheme.HIGH_CONTRAST : ContrastTheme.STANDARD);
        usage.record(new UsageEvent.ContrastChanged(high));
        displayChanged();
    }

    // ---- the visit ----

    /** The patient is still here (a touch, a key, an understood spoken word). */
    public void activity() {
        if (frame != null) {
            frame.activity();
        }
    }

    /**
     * Forgets the visit for the next patient: the usage log's visit ends, default text size and
     * colours, no history, voice and reading silenced, anything kept in the browser session (a
     * staff sign-in) forgotten, and the welcome screen.
     */
    void resetForNextPatient(boolean onWelcome, EndReason reason) {
        usage.end(reason);
        visit.clear();
        if (frame != null) {
            frame.visitEnded();
        }
        currentUi().ifPresent(ui -> events.publishEvent(new VisitReset(ui.getSession())));
        // voice first: the silence that follows must not make it listen again for the old patient
        talk.ifAvailable(Talk::idleReset);
        reader.reset();
        displayChanged();
        if (onWelcome) {
            visit.visited(Routes.WELCOME);
        } else {
            go(Routes.WELCOME);
        }
    }

    private void displayChanged() {
        if (frame != null) {
            frame.displayChanged();
            frame.activity();
        }
    }

    private void go(String route) {
        currentUi().ifPresent(ui -> ui.navigate(route));
    }

    private static Optional<UI> currentUi() {
        return Optional.ofNullable(UI.getCurrent());
    }
}
