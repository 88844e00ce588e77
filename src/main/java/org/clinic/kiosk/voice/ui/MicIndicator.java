package org.clinic.kiosk.voice.ui;

import com.vaadin.flow.component.html.Span;
import org.clinic.kiosk.voice.conversation.Conversation;

/**
 * The truthful microphone indicator: what the microphone is doing, in words and a shape (never by
 * colour alone).
 */
final class MicIndicator extends Span {

    static final String LISTENING = "Listening…";
    static final String SPEAKING = "Not listening while I speak";
    static final String OFF = "Microphone off";
    static final String NO_MICROPHONE = "No microphone";
    static final String STARTING = "Starting the microphone…";
    static final String PAUSED = "Not listening just now";
    static final String SAY_STOP = "Say “stop” to stop me";

    private final Span icon = new Span();
    private final Span text = new Span();

    MicIndicator() {
        setId("mic-indicator");
        addClassName("mic-indicator");
        icon.addClassName("mic-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        text.addClassName("mic-text");
        add(icon, text);
        getElement().setAttribute("role", "status");
    }

    /** Shows the microphone's state as the conversation sees it. */
    void show(Microphone.State microphone, Conversation.State conversation, String wakePhrase) {
        String words;
        String shape;
        switch (microphone) {
            case UNAVAILABLE -> {
                words = NO_MICROPHONE;
                shape = "none";
            }
            case LISTENING -> {
                words = switch (conversation) {
                    case WAITING_FOR_WAKE -> "Say “" + wakePhrase + "” to talk to me";
                    case SPEAKING -> SAY_STOP;
                    default -> LISTENING;
                };
                shape = "listening";
            }
            case OPENING -> {
                words = STARTING;
                shape = "listening";
            }
            case IGNORING -> {
                words = conversation == Conversation.State.SPEAKING ? SPEAKING : PAUSED;
                shape = "ignoring";
            }
            default -> {
                words = OFF;
                shape = "off";
            }
        }
        text.setText(words);
        icon.setText(
                switch (shape) {
                    case "listening" -> "●";
                    case "ignoring" -> "‖";
                    case "none" -> "⊘";
                    default -> "○";
                });
        getElement().setAttribute("data-state", shape);
    }

    String words() {
        return text.getText();
    }
}
