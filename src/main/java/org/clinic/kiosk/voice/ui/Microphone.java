package org.clinic.kiosk.voice.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.kiosk.KioskSettings;
import org.clinic.kiosk.voice.SpeechRecognizer;
import org.clinic.kiosk.voice.Transcript;
import org.clinic.kiosk.voice.Vocabulary;

/**
 * The kiosk's ear in one browser tab: opens the microphone in the browser, receives its audio,
 * ends each question after a short silence, and hands what was heard to its listeners, on the UI
 * thread. Audio and words stay in memory only.
 *
 * <p>SKELETON: the public face and the package-private delivery methods are fixed; the capture,
 * transport and recognition behind them are being built.
 */
public class Microphone extends Div {

    /** What the microphone is doing, always shown truthfully by the mic indicator. */
    public enum State {
        /** The browser does not hold the microphone. */
        CLOSED,
        /** Asked the browser for the microphone, waiting for it. */
        OPENING,
        /** Listening: audio goes to the recognizer. */
        LISTENING,
        /** The microphone is held, but its audio is ignored (the kiosk is speaking, or between questions). */
        IGNORING,
        /** The browser refused the microphone or has none. */
        UNAVAILABLE
    }

    /** Told, on the UI thread, what happens to each question. */
    public interface Listener {
        /** The words heard so far in the current question (may change). */
        default void partial(Transcript heard) {}

        /** The question ended (a silence after speech): its final words. */
        default void heard(Transcript heard) {}

        /** Nobody spoke before the no-speech timeout, or only noise was heard. */
        default void nothingHeard() {}

        default void stateChanged(State state) {}
    }

    private final List<Listener> listeners = new ArrayList<>();
    private State state = State.CLOSED;

    public Microphone(SpeechRecognizer recognizer, KioskSettings.Voice settings) {
        setId("microphone");
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /**
     * Opens the microphone if needed and starts one question, recognized with {@code vocabulary}.
     * Events follow: partials, then heard or nothing heard.
     */
    public void listen(Vocabulary vocabulary) {}

    /** Ignores the microphone's audio from now (the question being heard, if any, is dropped). */
    public void ignore() {}

    /** Releases the microphone in the browser (its indicator goes off). */
    public void close() {}

    public State state() {
        return state;
    }

    // ---- delivery on the UI thread (the pipeline calls these; tests in this package may too) ----

    void deliverPartial(Transcript heard) {
        listeners.forEach(l -> l.partial(heard));
    }

    void deliverHeard(Transcript heard) {
        listeners.forEach(l -> l.heard(heard));
    }

    void deliverNothingHeard() {
        listeners.forEach(Listener::nothingHeard);
    }

    void deliverState(State newState) {
        state = newState;
        listeners.forEach(l -> l.stateChanged(newState));
    }
}
