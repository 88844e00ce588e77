package org.clinic.kiosk.speech.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.clinic.kiosk.shell.ReaderAction;
import org.clinic.kiosk.speech.SpeechRate;
import org.clinic.kiosk.speech.SpeechVolume;

/**
 * What the player shows: Pause as its main button, Stop, Back one sentence, Slower, Faster,
 * Quieter, Louder, the reading's state and its speed and loudness in words; and the frame's Listen
 * button. The buttons do nothing themselves: each asks for its action. A button that cannot act
 * just now (Faster at the fastest) keeps its place but is not shown, so nothing moves.
 */
final class PlayerControls {

    private final NativeButton listen;
    private final NativeButton pause;
    private final NativeButton slower;
    private final NativeButton faster;
    private final NativeButton quieter;
    private final NativeButton louder;
    private final Span status = new Span();
    private final Span settingsText = new Span();
    private final Div words;
    private final Div controls;

    /**
     * @param ask what a button asks for when touched (the frame performs it through the shell's
     *     patient actions, as it does a spoken command)
     * @param listenAction what Listen asks for just now
     */
    PlayerControls(Consumer<ReaderAction> ask, Supplier<ReaderAction> listenAction) {
        listen = new NativeButton("Listen", e -> ask.accept(listenAction.get()));
        listen.setId("read-aloud");
        listen.addClassNames("nav-button", "read-aloud");
        pause = button("speech-pause", "Pause", ReaderAction.TOGGLE_PAUSE, ask);
        pause.addClassName("player-main");
        NativeButton stop = button("speech-stop", "Stop", ReaderAction.STOP, ask);
        NativeButton previous = button("speech-previous", "Back one sentence", ReaderAction.PREVIOUS, ask);
        slower = button("speech-slower", "Slower", ReaderAction.SLOWER, ask);
        faster = button("speech-faster", "Faster", ReaderAction.FASTER, ask);
        quieter = button("speech-quieter", "Quieter", ReaderAction.QUIETER, ask);
        louder = button("speech-louder", "Louder", ReaderAction.LOUDER, ask);

        Div playing = new Div(pause, stop, previous);
        playing.addClassNames("speech-group", "speech-playing");
        controls = new Div(playing, group("Speed", slower, faster), group("Loudness", quieter, louder));
        controls.addClassName("player-controls");

        status.setId("speech-status");
        status.addClassName("speech-status");
        settingsText.setId("speech-settings");
        settingsText.addClassName("speech-settings");
        words = new Div(status, settingsText);
        words.addClassName("speech-words");
        words.getElement().setAttribute("aria-live", "polite");
    }

    private static NativeButton button(String id, String text, ReaderAction action, Consumer<ReaderAction> ask) {
        NativeButton button = new NativeButton(text, e -> ask.accept(action));
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

    /** The Listen button, placed among the frame's controls. */
    Component listenButton() {
        return listen;
    }

    /** The player's parts, in their order on the bar: its words, then its buttons. */
    Component[] playerParts() {
        return new Component[] {words, controls};
    }

    /** Shows the reading as it is now. */
    void show(Reading reading) {
        Reading.State state = reading.state();
        boolean reads = state != Reading.State.STOPPED;
        controls.getElement().setAttribute("hidden", !reads);
        pause.setText(state == Reading.State.PAUSED ? "Carry on" : "Pause");
        pause.getElement().setAttribute("aria-pressed", Boolean.toString(state == Reading.State.PAUSED));
        listen.getElement().setAttribute("aria-pressed", Boolean.toString(reads));
        SpeechRate rate = reading.rate();
        SpeechVolume volume = reading.volume();
        available(slower, rate != rate.slower());
        available(faster, rate != rate.faster());
        available(quieter, volume != volume.quieter());
        available(louder, volume != volume.louder());
        status.setText(reading.status());
        status.getElement().setAttribute("data-state", state.name().toLowerCase(Locale.ROOT));
        status.setClassName("speech-error", reading.failedLast());
        settingsText.setText("Speed: " + rate.label() + ". Loudness: " + volume.label() + ".");
    }

    /** A button that cannot act just now keeps its place but is not drawn (nor read out, nor reachable). */
    private static void available(NativeButton button, boolean available) {
        button.setEnabled(available);
        button.setClassName("unavailable", !available);
    }
}
