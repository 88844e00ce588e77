package org.clinic.kiosk.voice.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.audio.ListeningSession;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's ear in one browser tab: opens the microphone in the browser, receives its audio,
 * ends each question after a short silence, and hands what was heard to its listeners, on the UI
 * thread. Audio and words stay in memory only.
 *
 * <p>The browser side is {@code kiosk/voice.js} (a static script, no frontend build) with an
 * AudioWorklet that packs about 100 ms of audio a chunk. Each chunk is one raw POST to an
 * element-scoped request handler ({@link AudioReceiver}): its address carries this UI's id and a
 * secret key, so only this tab of this session can send audio here. The voice pipeline
 * ({@link ListeningSession}) runs on its own thread and reaches this component through the
 * {@link PipelineBridge}; as the app has no server push, a POST's reply tells the script when
 * something changed and the script asks for it at once ({@link #sync()}).
 */
@JavaScript("context://kiosk/voice.js")
public class Microphone extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(Microphone.class);

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
    private final SpeechRecognizer recognizer;
    private final Runnable opened;
    private final PipelineBridge pipeline;
    private final AudioReceiver receiver;
    private final Heard events = new Heard();

    private State state = State.CLOSED;
    /** The question waiting for the browser to open the microphone. */
    private Vocabulary waiting;

    /**
     * A microphone for one tab; {@code opened} runs each time the browser grants it (the kiosk
     * tells the staff health panel, to the minute).
     */
    public Microphone(SpeechRecognizer recognizer, VoiceSettings settings, Runnable opened) {
        this.recognizer = recognizer;
        this.opened = opened;
        this.pipeline = new PipelineBridge(recognizer, settings);
        this.receiver = new AudioReceiver(pipeline);
        setId("microphone");
        getElement().setAttribute("aria-hidden", "true");
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /**
     * Opens the microphone if needed and starts one question, recognized with {@code vocabulary}.
     * Events follow: partials, then heard or nothing heard.
     */
    public void listen(Vocabulary vocabulary) {
        if (!recognizer.status().ready()) {
            // nothing to listen with; told as a state (never as "nothing heard", which would
            // make a listener ask to listen again at once)
            if (state != State.UNAVAILABLE) {
                deliverState(State.UNAVAILABLE);
            }
            return;
        }
        switch (state) {
            case LISTENING, IGNORING -> {
                openSession().listen(vocabulary);
                deliverState(State.LISTENING);
                getElement().executeJs("window.kioskVoice.start(this)");
            }
            case OPENING -> waiting = vocabulary;
            case CLOSED, UNAVAILABLE -> {
                waiting = vocabulary;
                deliverState(State.OPENING);
                getElement().executeJs("window.kioskVoice.open(this)");
            }
        }
    }

    /** Plays the short, soft "I am listening" sound in the browser (only when a conversation starts). */
    public void cue() {
        getElement().executeJs("if (window.kioskVoice && window.kioskVoice.cue) window.kioskVoice.cue(this)");
    }

    /** Ignores the microphone's audio from now (the question being heard, if any, is dropped). */
    public void ignore() {
        waiting = null;
        pipeline.ignore();
        if (state == State.LISTENING) {
            getElement().executeJs("window.kioskVoice.stop(this)");
            deliverState(State.IGNORING);
        }
    }

    /** Releases the microphone in the browser (its indicator goes off). */
    public void close() {
        waiting = null;
        pipeline.ignore();
        if (state != State.CLOSED && state != State.UNAVAILABLE) {
            getElement().executeJs("window.kioskVoice.close(this)");
            deliverState(State.CLOSED);
        }
    }

    public State state() {
        return state;
    }

    // ---- from the browser ----

    /** The browser holds the microphone and sends chunks in {@code format} when told to start. */
    @ClientCallable
    void opened(String format) {
        if (state != State.OPENING) {
            // closed or ignored while the browser was asking: let go of it again
            if (state == State.CLOSED) {
                getElement().executeJs("window.kioskVoice.close(this)");
            }
            return;
        }
        this.opened.run();
        Vocabulary vocabulary = waiting;
        waiting = null;
        if (vocabulary == null) {
            deliverState(State.IGNORING);
            return;
        }
        openSession().listen(vocabulary);
        deliverState(State.LISTENING);
        getElement().executeJs("window.kioskVoice.start(this)");
    }

    /** The browser refused the microphone or has none ({@code why} is for the log only). */
    @ClientCallable
    void unavailable(String why) {
        LOG.info("Voice: the browser gave no microphone ({})", reason(why));
        boolean asked = waiting != null;
        waiting = null;
        pipeline.ignore(); // no audio will come: the question in progress is dropped now
        deliverState(State.UNAVAILABLE);
        if (asked) {
            deliverNothingHeard();
        }
    }

    /** The browser's reason as a short name fit for the log (it comes from the page: never trusted). */
    static String reason(String why) {
        if (why == null || why.isBlank()) {
            return "no reason";
        }
        String name = why.strip().replaceAll("[^A-Za-z0-9 _-]", "?");
        return name.length() > 40 ? name.substring(0, 40) + "..." : name;
    }

    /** Does nothing: calling it fetches the changes the voice pipeline made since the last call. */
    @ClientCallable
    void sync() {}

    // ---- the pipeline ----

    /** The tab's listening session, or null (for tests in this package). */
    ListeningSession session() {
        return pipeline.session();
    }

    private ListeningSession openSession() {
        return pipeline.open(getUI().orElseGet(UI::getCurrent), events);
    }

    /** The pipeline's events, on the UI thread: wanted only while listening. */
    private final class Heard implements ListeningSession.Events {
        @Override
        public void partial(Transcript heard) {
            if (state == State.LISTENING) {
                deliverPartial(heard);
            }
        }

        @Override
        public void heard(Transcript heard) {
            if (state == State.LISTENING) {
                deliverState(State.IGNORING);
                deliverHeard(heard);
            }
        }

        @Override
        public void nothingHeard() {
            if (state == State.LISTENING) {
                deliverState(State.IGNORING);
                deliverNothingHeard();
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // the address is made here, in the UI's context (so the Microphone may be built anywhere)
        getElement().setAttribute("data-audio", receiver);
        if (state != State.CLOSED) {
            deliverState(State.CLOSED); // a new page in the browser holds no microphone
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        pipeline.close();
        super.onDetach(detachEvent);
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
