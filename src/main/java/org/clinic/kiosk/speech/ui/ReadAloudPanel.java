package org.clinic.kiosk.speech.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.clinic.kiosk.shell.ReadAloud;
import org.clinic.kiosk.shell.ReaderAction;
import org.clinic.kiosk.shell.SpeechScript;
import org.clinic.kiosk.speech.SpeechOutput;
import org.clinic.kiosk.speech.SpeechRate;
import org.clinic.kiosk.speech.SpeechSettings;
import org.clinic.kiosk.speech.SpeechVolume;
import org.clinic.kiosk.speech.SpokenAudio;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reading aloud: the frame's Listen button, and the player that appears in one fixed place while
 * the kiosk reads, with Pause as its main button, Stop, Back one sentence, Slower, Faster, Quieter,
 * Louder and the name of the part being read. Nothing that cannot act is drawn: the player is not
 * there when nothing is read, and a button that cannot act just now (Faster at the fastest) keeps
 * its place but is not shown, so nothing moves. Sound plays in an {@code <audio>} element fed sentence by sentence through a
 * {@link DownloadHandler}; when a sentence ends the browser says so and the next one,
 * made in the background meanwhile, is served. The logic is in {@link Reading}.
 */
@SpringComponent
@UIScope
public class ReadAloudPanel extends Div implements ReadAloud {

    static final String FAILED = Reading.FAILED;
    static final String NOTHING = Reading.NOTHING;

    private final Reading reading;
    private final Element audio = new Element("audio");
    private final NativeButton readAloud;
    private final NativeButton pause;
    private final NativeButton stop;
    private final NativeButton previous;
    private final NativeButton slower;
    private final NativeButton faster;
    private final NativeButton quieter;
    private final NativeButton louder;
    private final Span status = new Span();
    private final Span settingsText = new Span();
    private final Div controls;
    private boolean shown;

    private Supplier<SpeechScript> screen = SpeechScript::of;
    private String screenName = "screen";
    private boolean usedThisVisit;
    /** Whether sound was playing when the bar last showed its state. */
    private boolean speaking;
    /** The sound is the frame's announcement (the idle question), not the screen the patient asked for. */
    private boolean announcing;
    /** Numbers each sentence served, so the end of one that was replaced is ignored. */
    private int served;

    private String highlighted;

    @Autowired
    ReadAloudPanel(SpeechOutput speech, SpeechSettings settings) {
        this(speech, settings.defaultRate(), settings.defaultVolume());
    }

    public ReadAloudPanel(SpeechOutput speech, SpeechRate defaultRate, SpeechVolume defaultVolume) {
        this.reading = new Reading(speech, defaultRate, defaultVolume, new AudioElementPlayer());
        // Listen is a switch: pressed while reading; touched again it stops (it never starts again)
        readAloud = new NativeButton(
                "Listen",
                e -> fireEvent(new Pressed(
                        this, reading.state() == Reading.State.STOPPED ? ReaderAction.READ : ReaderAction.STOP)));
        readAloud.setId("read-aloud");
        readAloud.addClassNames("nav-button", "read-aloud");
        pause = button("speech-pause", "Pause", ReaderAction.TOGGLE_PAUSE);
        stop = button("speech-stop", "Stop", ReaderAction.STOP);
        previous = button("speech-previous", "Back one sentence", ReaderAction.PREVIOUS);
        slower = button("speech-slower", "Slower", ReaderAction.SLOWER);
        faster = button("speech-faster", "Faster", ReaderAction.FASTER);
        quieter = button("speech-quieter", "Quieter", ReaderAction.QUIETER);
        louder = button("speech-louder", "Louder", ReaderAction.LOUDER);
        setId("read-aloud-bar");
        addClassName("read-aloud-bar");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Reading aloud");

        pause.addClassName("player-main");
        Div playing = new Div(pause, stop, previous);
        playing.addClassNames("speech-group", "speech-playing");
        Div speed = group("Speed", slower, faster);
        Div loudness = group("Loudness", quieter, louder);
        status.setId("speech-status");
        status.addClassName("speech-status");
        settingsText.setId("speech-settings");
        settingsText.addClassName("speech-settings");
        Div words = new Div(status, settingsText);
        words.addClassName("speech-words");
        words.getElement().setAttribute("aria-live", "polite");

        audio.setAttribute("id", "speech-audio");
        audio.setAttribute("autoplay", true);
        audio.setAttribute("preload", "auto");
        audio.addEventListener(
                        "ended",
                        e -> sentenceEnded(
                                e.getEventData().get("element.dataset.served").asInt(-1)))
                .addEventData("element.dataset.served");
        audio.addEventListener(
                        "error",
                        e -> audioFailed(
                                e.getEventData().get("element.dataset.served").asInt(-1)))
                .addEventData("element.dataset.served");

        controls = new Div(playing, speed, loudness);
        controls.addClassName("player-controls");
        add(words, controls);
        getElement().appendChild(audio);
        show();
    }

    /**
     * A bar button: it asks for its action (the frame performs it through the shell's patient
     * actions, as it does a spoken command).
     */
    private NativeButton button(String id, String text, ReaderAction action) {
        NativeButton button = new NativeButton(text, e -> fireEvent(new Pressed(this, action)));
        button.setId(id);
        button.addClassName("speech-button");
        return button;
    }

    private static Div group(String label, NativeButton... buttons) {
        Div group = new Div(buttons);
        group.addClassName("speech-group");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", label);
        return group;
    }

    /** The screen now shown: what Read aloud will say there. Stops anything still playing. */
    @Override
    public void setScreen(String name, Supplier<SpeechScript> script) {
        reading.stop();
        reading.clearMessage();
        this.screenName = name;
        this.screen = script;
        show();
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Component listenButton() {
        return readAloud;
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

    /** The browser says the sentence with this number has finished playing. */
    void sentenceEnded(int number) {
        if (number == served) {
            if (!announcing && reading.state() == Reading.State.PLAYING) {
                fireEvent(new Listening(this));
            }
            reading.sentenceEnded();
            show();
        }
    }

    private void audioFailed(int number) {
        if (number == served && reading.state() != Reading.State.STOPPED) {
            reading.failed();
            show();
        }
    }

    /** The bar's audio element as the reading's player. */
    private final class AudioElementPlayer implements Reading.Player {

        @Override
        public void play(SpokenAudio sound, SpeechVolume volume, String highlightId) {
            int number = ++served;
            audio.setAttribute("data-served", Integer.toString(number));
            audio.setAttribute("src", (DownloadHandler) event -> {
                event.setContentType("audio/wav");
                event.getResponse().setHeader("Cache-Control", "no-store");
                event.inline("sentence-" + number + ".wav");
                byte[] wav = sound.wav(volume.gain());
                event.setContentLength(wav.length);
                try (OutputStream out = event.getOutputStream()) {
                    out.write(wav);
                }
            });
            audio.callJsFunction("play");
            highlight(highlightId);
        }

        @Override
        public void pause() {
            audio.callJsFunction("pause");
        }

        @Override
        public void resume() {
            audio.callJsFunction("play");
        }

        @Override
        public void silence() {
            audio.setAttribute("data-served", Integer.toString(++served));
            audio.callJsFunction("pause");
            audio.removeAttribute("src");
            highlight(null);
        }
    }

    /** Lights up the element being read (and only it) and scrolls it into view. */
    private void highlight(String id) {
        getElement()
                .executeJs(
                        "document.querySelectorAll('.speaking').forEach(e => e.classList.remove('speaking'));"
                                + " const el = $0 ? document.getElementById($0) : null;"
                                + " if (el) { el.classList.add('speaking'); el.scrollIntoView({block: 'center', behavior: 'smooth'}); }",
                        id);
        highlighted = id;
    }

    private void show() {
        Reading.State state = reading.state();
        boolean reading = state != Reading.State.STOPPED;
        // the player is there while reading, or to say why reading did not start
        // hidden, not made invisible: the page must still get the audio element's calls and the
        // highlight's script while the player is not drawn
        shown = reading || this.reading.failedLast() || NOTHING.equals(this.reading.status());
        getElement().setAttribute("hidden", !shown);
        controls.getElement().setAttribute("hidden", !reading);
        pause.setText(state == Reading.State.PAUSED ? "Carry on" : "Pause");
        pause.getElement().setAttribute("aria-pressed", Boolean.toString(state == Reading.State.PAUSED));
        readAloud.getElement().setAttribute("aria-pressed", Boolean.toString(reading));
        SpeechRate rate = this.reading.rate();
        SpeechVolume volume = this.reading.volume();
        available(slower, rate != rate.slower());
        available(faster, rate != rate.faster());
        available(quieter, volume != volume.quieter());
        available(louder, volume != volume.louder());
        status.setText(this.reading.status());
        status.getElement().setAttribute("data-state", state.name().toLowerCase(Locale.ROOT));
        status.setClassName("speech-error", this.reading.failedLast());
        settingsText.setText("Speed: " + rate.label() + ". Loudness: " + volume.label() + ".");
        boolean nowSpeaking = state == Reading.State.PLAYING;
        if (nowSpeaking != speaking) {
            speaking = nowSpeaking;
            fireEvent(new SpeakingChanged(this, nowSpeaking));
        }
    }

    /** A button that cannot act just now keeps its place but is not drawn (nor read out, nor reachable). */
    private static void available(NativeButton button, boolean available) {
        button.setEnabled(available);
        button.setClassName("unavailable", !available);
    }

    /** Whether the player is drawn (while reading, or to say why it could not read). */
    boolean playerShown() {
        return shown;
    }

    Reading.State state() {
        return reading.state();
    }

    SpeechRate rate() {
        return reading.rate();
    }

    SpeechVolume volume() {
        return reading.volume();
    }

    int lineIndex() {
        return reading.lineIndex();
    }

    int served() {
        return served;
    }

    String statusText() {
        return status.getText();
    }

    Optional<String> highlighted() {
        return Optional.ofNullable(highlighted);
    }
}
