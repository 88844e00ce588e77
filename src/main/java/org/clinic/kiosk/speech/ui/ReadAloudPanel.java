package org.clinic.kiosk.speech.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clinic.kiosk.speech.SpeechException;
import org.clinic.kiosk.speech.SpeechOutput;
import org.clinic.kiosk.speech.SpeechRate;
import org.clinic.kiosk.speech.SpeechScript;
import org.clinic.kiosk.speech.SpeechVolume;
import org.clinic.kiosk.speech.SpokenAudio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-aloud bar, always in the same place on every screen: Read aloud, and while reading
 * Pause, Stop, Say again and Back one; Slower, Faster, Quieter and Louder are always there. The
 * state is said in words. Sound plays in an {@code <audio>} element fed sentence by sentence
 * through a {@link DownloadHandler}; when a sentence ends the browser asks for the next one,
 * which was made in the background while the first one played.
 */
public class ReadAloudPanel extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(ReadAloudPanel.class);
    static final String FAILED = "Sorry, the reading voice is not working just now. You can still read the screen.";
    static final String NOTHING = "There is nothing to read on this screen.";
    /** How many sentences to make in the background ahead of the one playing. */
    private static final int AHEAD = 2;

    enum State { STOPPED, PLAYING, PAUSED }

    private final SpeechOutput speech;
    private final SpeechRate defaultRate;
    private final SpeechVolume defaultVolume;
    private final Element audio = new Element("audio");
    private final NativeButton readAloud = button("read-aloud", "Read aloud", this::readScreen);
    private final NativeButton pause = button("speech-pause", "Pause", this::togglePause);
    private final NativeButton stop = button("speech-stop", "Stop", this::stop);
    private final NativeButton repeat = button("speech-repeat", "Say again", this::repeat);
    private final NativeButton previous = button("speech-previous", "Back one", this::previous);
    private final NativeButton slower = button("speech-slower", "Slower", this::slower);
    private final NativeButton faster = button("speech-faster", "Faster", this::faster);
    private final NativeButton quieter = button("speech-quieter", "Quieter", this::quieter);
    private final NativeButton louder = button("speech-louder", "Louder", this::louder);
    private final Span status = new Span();
    private final Span settingsText = new Span();

    private Supplier<SpeechScript> screen = () -> SpeechScript.of();
    private String screenName = "screen";
    private List<SpeechScript.Line> lines = List.of();
    private int index;
    private int served;
    private State state = State.STOPPED;
    private SpeechRate rate;
    private SpeechVolume volume;
    private String message = "";
    private boolean usedThisVisit;
    private String highlighted;

    public ReadAloudPanel(SpeechOutput speech, SpeechRate defaultRate, SpeechVolume defaultVolume) {
        this.speech = speech;
        this.defaultRate = defaultRate;
        this.defaultVolume = defaultVolume;
        this.rate = defaultRate;
        this.volume = defaultVolume;
        setId("read-aloud-bar");
        addClassName("read-aloud-bar");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Read aloud");

        readAloud.addClassName("read-aloud");
        Div playing = new Div(pause, stop, repeat, previous);
        playing.addClassNames("speech-group", "speech-playing");
        Div speed = new Div(slower, faster);
        speed.addClassName("speech-group");
        speed.getElement().setAttribute("role", "group");
        speed.getElement().setAttribute("aria-label", "Speed");
        Div loudness = new Div(quieter, louder);
        loudness.addClassName("speech-group");
        loudness.getElement().setAttribute("role", "group");
        loudness.getElement().setAttribute("aria-label", "Loudness");

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
        audio.addEventListener("ended", e -> sentenceEnded(e.getEventData().get("element.dataset.served").asInt(-1)))
                .addEventData("element.dataset.served");
        audio.addEventListener("error", e -> audioFailed(e.getEventData().get("element.dataset.served").asInt(-1)))
                .addEventData("element.dataset.served");

        add(readAloud, playing, speed, loudness, words);
        getElement().appendChild(audio);
        show();
    }

    private static NativeButton button(String id, String text, Runnable action) {
        NativeButton button = new NativeButton(text, e -> action.run());
        button.setId(id);
        button.addClassName("speech-button");
        return button;
    }

    /** The screen now shown: what Read aloud will say there. Stops anything still playing. */
    public void setScreen(String name, Supplier<SpeechScript> script) {
        stop();
        message = "";
        this.screenName = name;
        this.screen = script;
        show();
    }

    /** Reads the current screen from its start; a press while reading starts it again. */
    public void readScreen() {
        usedThisVisit = true;
        speech.readAloudStarted(screenName);
        play(screen.get());
    }

    /** Says this script now, in place of anything playing (the idle warning uses it). */
    public void announce(SpeechScript script) {
        play(script);
    }

    /** Whether the patient has used Read aloud since the last reset. */
    public boolean usedThisVisit() {
        return usedThisVisit;
    }

    /** A new patient: silence, and the default speed and loudness. */
    public void reset() {
        stop();
        rate = defaultRate;
        volume = defaultVolume;
        usedThisVisit = false;
        message = "";
        show();
    }

    private void play(SpeechScript script) {
        lines = script.lines();
        index = 0;
        message = "";
        if (lines.isEmpty()) {
            stop();
            message = NOTHING;
            show();
            return;
        }
        playLine();
    }

    /** Serves line {@code index} (skipping lines with nothing sayable) and prepares the next ones. */
    private void playLine() {
        while (index < lines.size()) {
            SpeechScript.Line line = lines.get(index);
            Optional<SpokenAudio> sound;
            try {
                sound = speech.speak(line.text(), rate);
            } catch (SpeechException | IllegalArgumentException e) {
                LOG.warn("Read aloud failed: {}", e.toString());
                failed();
                return;
            }
            if (sound.isPresent()) {
                serve(sound.get());
                highlight(line.highlightId());
                state = State.PLAYING;
                List<String> ahead = new ArrayList<>();
                for (int i = index + 1; i < Math.min(lines.size(), index + 1 + AHEAD); i++) {
                    ahead.add(lines.get(i).text());
                }
                speech.prepareAhead(ahead, rate);
                show();
                return;
            }
            index++;
        }
        finished();
    }

    private void serve(SpokenAudio sound) {
        SpeechVolume gain = volume;
        served++;
        int number = served;
        audio.setAttribute("data-served", Integer.toString(number));
        audio.setAttribute("src", (DownloadHandler) event -> {
            event.setContentType("audio/wav");
            event.setFileName("sentence-" + number + ".wav");
            event.getResponse().setHeader("Cache-Control", "no-store");
            byte[] wav = sound.wav(gain.gain());
            event.setContentLength(wav.length);
            event.inline("sentence-" + number + ".wav");
            try (var out = event.getOutputStream()) {
                out.write(wav);
            }
        });
        audio.callJsFunction("play");
    }

    /** The browser says the sentence with this number has finished playing. */
    void sentenceEnded(int number) {
        if (number != served || state != State.PLAYING) {
            return; // a sentence that was already replaced or stopped
        }
        index++;
        playLine();
    }

    private void audioFailed(int number) {
        if (number == served && state != State.STOPPED) {
            failed();
        }
    }

    private void failed() {
        stop();
        message = FAILED;
        show();
    }

    private void finished() {
        silence();
        state = State.STOPPED;
        message = "Finished reading. Touch Read aloud to hear it again.";
        show();
    }

    private void togglePause() {
        if (state == State.PLAYING) {
            audio.callJsFunction("pause");
            state = State.PAUSED;
        } else if (state == State.PAUSED) {
            audio.callJsFunction("play");
            state = State.PLAYING;
        }
        show();
    }

    /** Stops the sound and forgets the place; nothing plays until Read aloud is pressed again. */
    public void stop() {
        if (state != State.STOPPED) {
            message = "Stopped.";
        }
        silence();
        state = State.STOPPED;
        show();
    }

    private void silence() {
        served++;
        audio.setAttribute("data-served", Integer.toString(served));
        audio.callJsFunction("pause");
        audio.removeAttribute("src");
        highlight(null);
    }

    private void repeat() {
        if (state != State.STOPPED) {
            playLine();
        }
    }

    private void previous() {
        if (state != State.STOPPED) {
            index = Math.max(0, index - 1);
            playLine();
        }
    }

    private void slower() {
        rate = rate.slower();
        restartLine();
    }

    private void faster() {
        rate = rate.faster();
        restartLine();
    }

    private void quieter() {
        volume = volume.quieter();
        restartLine();
    }

    private void louder() {
        volume = volume.louder();
        restartLine();
    }

    /** A new speed or loudness is heard at once: the sentence being read starts again with it. */
    private void restartLine() {
        if (state == State.PLAYING) {
            playLine();
        } else {
            show();
        }
    }

    private void highlight(String id) {
        getElement().executeJs("document.querySelectorAll('.speaking').forEach(e => e.classList.remove('speaking'));"
                + " const el = $0 ? document.getElementById($0) : null;"
                + " if (el) { el.classList.add('speaking'); el.scrollIntoView({block: 'center', behavior: 'smooth'}); }",
                id);
        highlighted = id;
    }

    private void show() {
        boolean reading = state != State.STOPPED;
        pause.setVisible(reading);
        stop.setVisible(reading);
        repeat.setVisible(reading);
        previous.setVisible(reading);
        pause.setText(state == State.PAUSED ? "Carry on" : "Pause");
        pause.getElement().setAttribute("aria-pressed", Boolean.toString(state == State.PAUSED));
        readAloud.getElement().setAttribute("aria-pressed", Boolean.toString(reading));
        readAloud.setText(reading ? "Start again" : "Read aloud");
        slower.setEnabled(rate != SpeechRate.values()[0]);
        faster.setEnabled(rate != SpeechRate.values()[SpeechRate.values().length - 1]);
        quieter.setEnabled(volume != SpeechVolume.values()[0]);
        louder.setEnabled(volume != SpeechVolume.values()[SpeechVolume.values().length - 1]);
        status.setText(switch (state) {
            case PLAYING -> "Reading, part " + (index + 1) + " of " + lines.size() + ".";
            case PAUSED -> "Paused. Touch Carry on to go on.";
            case STOPPED -> message.isEmpty() ? "Touch Read aloud to hear this screen." : message;
        });
        status.getElement().setAttribute("data-state", state.name().toLowerCase(java.util.Locale.ROOT));
        status.setClassName("speech-error", FAILED.equals(message) && state == State.STOPPED);
        settingsText.setText("Speed: " + rate.label() + ". Loudness: " + volume.label() + ".");
    }

    State state() {
        return state;
    }

    SpeechRate rate() {
        return rate;
    }

    SpeechVolume volume() {
        return volume;
    }

    int lineIndex() {
        return index;
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
