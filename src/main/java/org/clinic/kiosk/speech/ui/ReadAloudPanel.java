package org.clinic.kiosk.speech.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.function.Supplier;
import org.clinic.kiosk.shell.ReadAloud;
import org.clinic.kiosk.shell.ReaderAction;
import org.clinic.kiosk.shell.SpeechScript;
import org.clinic.kiosk.speech.SpeechOutput;
import org.clinic.kiosk.speech.SpeechRate;
import org.clinic.kiosk.speech.SpeechSettings;
import org.clinic.kiosk.speech.SpeechVolume;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reading aloud: the frame's Listen button, and the player that appears in one fixed place while
 * the kiosk reads ({@link PlayerControls}). Nothing that cannot act is drawn: the player is not
 * there when nothing is read. Sound plays in an {@code <audio>} element fed sentence by sentence
 * ({@link AudioElementPlayer}); when a sentence ends the browser says so and the next one, made in
 * the background meanwhile, is served, and the part being read is lit up ({@link SentenceHighlight}).
 * The logic is in {@link Reading}; this class ties them to the shell's {@link ReadAloud} contract.
 */
@SpringComponent
@UIScope
public class ReadAloudPanel extends Div implements ReadAloud {

    private final Reading reading;
    private final PlayerControls controls;

    private Supplier<SpeechScript> screen = SpeechScript::of;
    private boolean usedThisVisit;
    /** Whether sound was playing when the bar last showed its state. */
    private boolean speaking;
    /** The sound is the frame's announcement (the idle question), not the screen the patient asked for. */
    private boolean announcing;

    @Autowired
    ReadAloudPanel(SpeechOutput speech, SpeechSettings settings) {
        this(speech, settings.defaultRate(), settings.defaultVolume());
    }

    public ReadAloudPanel(SpeechOutput speech, SpeechRate defaultRate, SpeechVolume defaultVolume) {
        AudioElementPlayer player =
                new AudioElementPlayer(new SentenceHighlight(this), this::sentenceEnded, this::audioFailed);
        this.reading = new Reading(speech, defaultRate, defaultVolume, player);
        // Listen is a switch: pressed while reading; touched again it stops (it never starts again)
        controls = new PlayerControls(
                action -> fireEvent(new Pressed(this, action)),
                () -> reading.state() == Reading.State.STOPPED ? ReaderAction.READ : ReaderAction.STOP);
        setId("read-aloud-bar");
        addClassName("read-aloud-bar");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Reading aloud");
        add(controls.playerParts());
        getElement().appendChild(player.element());
        show();
    }

    /** The screen now shown: what Read aloud will say there. Stops anything still playing. */
    @Override
    public void setScreen(String name, Supplier<SpeechScript> script) {
        reading.stop();
        reading.clearMessage();
        this.screen = script;
        show();
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Component listenButton() {
        return controls.listenButton();
    }

    @Override
    public void perform(ReaderAction action) {
        switch (action) {
            case READ -> readScreen();
            case TOGGLE_PAUSE -> reading.togglePause();
            case PAUSE -> pause();
            case RESUME -> resume();
            case STOP -> reading.stop();
            case REPEAT -> reading.repeat();
            case PREVIOUS -> reading.previous();
            case SLOWER -> reading.slower();
            case FASTER -> reading.faster();
            case QUIETER -> reading.quieter();
            case LOUDER -> reading.louder();
        }
        show();
    }

    @Override
    public Registration addPressedListener(ComponentEventListener<Pressed> listener) {
        return addListener(Pressed.class, listener);
    }

    @Override
    public Registration addSpeakingChangedListener(ComponentEventListener<SpeakingChanged> listener) {
        return addListener(SpeakingChanged.class, listener);
    }

    @Override
    public Registration addListeningListener(ComponentEventListener<Listening> listener) {
        return addListener(Listening.class, listener);
    }

    /** Whether the kiosk is making sound just now. */
    @Override
    public boolean speaking() {
        return reading.state() == Reading.State.PLAYING;
    }

    /** Like the Pause button, when something is playing. */
    private void pause() {
        if (reading.state() == Reading.State.PLAYING) {
            reading.togglePause();
        }
    }

    /** Like the Carry on button, when reading is paused. */
    private void resume() {
        if (reading.state() == Reading.State.PAUSED) {
            reading.togglePause();
        }
    }

    /** Reads the current screen from its start; a press while reading starts it again. */
    private void readScreen() {
        usedThisVisit = true;
        announcing = false;
        reading.read(screen.get());
    }

    /** Says this script now, in place of anything playing (the idle warning uses it). */
    @Override
    public void announce(SpeechScript script) {
        announcing = true;
        reading.read(script);
        show();
    }

    /** Whether the patient has used Read aloud since the last reset. */
    @Override
    public boolean usedThisVisit() {
        return usedThisVisit;
    }

    /** A new patient: silence, and the default speed and loudness. */
    @Override
    public void reset() {
        reading.reset();
        usedThisVisit = false;
        show();
    }

    /** The sentence playing now has played to its end. */
    private void sentenceEnded() {
        if (!announcing && reading.state() == Reading.State.PLAYING) {
            fireEvent(new Listening(this));
        }
        reading.sentenceEnded();
        show();
    }

    private void audioFailed() {
        if (reading.state() != Reading.State.STOPPED) {
            reading.failed();
            show();
        }
    }

    private void show() {
        // the player is there while reading, or to say why reading did not start
        // hidden, not made invisible: the page must still get the audio element's calls and the
        // highlight's scrolling while the player is not drawn
        boolean shown = reading.state() != Reading.State.STOPPED
                || reading.failedLast()
                || Reading.NOTHING.equals(reading.status());
        getElement().setAttribute("hidden", !shown);
        controls.show(reading);
        boolean nowSpeaking = reading.state() == Reading.State.PLAYING;
        if (nowSpeaking != speaking) {
            speaking = nowSpeaking;
            fireEvent(new SpeakingChanged(this, nowSpeaking));
        }
    }
}
