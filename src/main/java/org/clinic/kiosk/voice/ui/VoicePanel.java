package org.clinic.kiosk.voice.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.clinic.kiosk.speech.Speakable;
import org.clinic.kiosk.speech.SpeechScript;
import org.clinic.kiosk.usage.UsageEvent.VoiceOutcome;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.conversation.Conversation;
import org.clinic.kiosk.voice.conversation.Conversation.Effect;
import org.clinic.kiosk.voice.match.Command;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Transcript;

/**
 * Talking to the kiosk, in the same place on every screen: the Talk button, a truthful microphone
 * indicator in words and shape, what was heard ("I heard: ..."), the answer, a choice of two topics
 * and, when the kiosk did not understand, three questions to tap. Hidden, Talk included, when the
 * recognizer is not ready. The {@link Conversation} decides; this panel carries out its effects
 * and hands the frame's actions (open a topic, a command, speech) to {@link Actions}.
 */
public class VoicePanel extends Div implements Speakable {

    /** What the frame does for voice: the same actions as touch. */
    public interface Actions {
        /** Opens the topic, counted as reached by voice, and reads it aloud. */
        void openTopic(String topicId);

        /** Does what the command's button does. */
        void run(Command command);

        /** Shows nothing itself: says the script, in place of anything playing. */
        void say(SpeechScript script);

        void stopSpeaking();

        /** Whether the kiosk is making sound just now. */
        boolean speaking();

        /** The patient is still here. */
        void activity();

        /** Counts one spoken question's outcome (never its words). */
        void count(VoiceOutcome outcome);

        /** The browser granted the microphone (for the staff health panel). */
        void microphoneOpened();
    }

    static final String LISTENING = "Listening…";
    static final String SPEAKING = "Not listening while I speak";
    static final String OFF = "Microphone off";
    static final String NO_MICROPHONE = "No microphone";
    static final String STARTING = "Starting the microphone…";
    static final String PAUSED = "Not listening just now";
    static final String SAY_STOP = "Say “stop” to stop me";
    static final String CUE = "I am listening. Please ask your question.";

    private final SpeechRecognizer recognizer;
    private final QuestionMatcher matcher;
    private final Function<String, String> titleOf;
    private final Actions actions;
    private final Conversation conversation;
    private final Microphone microphone;
    private final NativeButton talk = new NativeButton("Talk");
    private final Span indicator = new Span();
    private final Span indicatorIcon = new Span();
    private final Span indicatorText = new Span();
    private final Paragraph heard = new Paragraph();
    private final Paragraph result = new Paragraph();
    private final Div choice = new Div();
    private final NativeButton choice1 = new NativeButton();
    private final NativeButton choice2 = new NativeButton();
    private final Div suggestions = new Div();

    public VoicePanel(
            SpeechRecognizer recognizer,
            QuestionMatcher matcher,
            VoiceSettings settings,
            Function<String, String> titleOf,
            Actions actions) {
        this.recognizer = recognizer;
        this.matcher = matcher;
        this.titleOf = titleOf;
        this.actions = actions;
        // hands-free only while the model can hear the wake phrase (the health panel says why not)
        this.conversation = new Conversation(
                () -> settings.handsFree() && recognizer.status().handsFreeOff().isEmpty(),
                settings.bargeIn(),
                settings.wakePhrase(),
                matcher.vocabulary(),
                titleOf);
        this.microphone = new Microphone(recognizer, settings, actions::microphoneOpened);
        setId("voice");
        addClassName("voice-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Talk to the kiosk");

        talk.setId("talk");
        talk.addClassNames("talk-button");
        talk.addClickListener(e -> {
            apply(conversation.talkPressed());
            show();
        });

        indicator.setId("mic-indicator");
        indicator.addClassName("mic-indicator");
        indicatorIcon.addClassName("mic-icon");
        indicatorIcon.getElement().setAttribute("aria-hidden", "true");
        indicatorText.addClassName("mic-text");
        indicator.add(indicatorIcon, indicatorText);
        indicator.getElement().setAttribute("role", "status");

        heard.setId("heard");
        heard.addClassName("voice-heard");
        // not a live region: partial words change ten times a second; the answer line is live
        result.setId("voice-result");
        result.addClassName("voice-result");
        result.getElement().setAttribute("aria-live", "polite");

        choice1.setId("choice-1");
        choice2.setId("choice-2");
        choice1.addClassName("voice-answer");
        choice2.addClassName("voice-answer");
        choice1.addClickListener(e -> touchChoice(1));
        choice2.addClickListener(e -> touchChoice(2));
        choice.setId("voice-choice");
        choice.addClassName("voice-choice");
        choice.getElement().setAttribute("role", "group");
        choice.getElement().setAttribute("aria-label", "Which one did you mean?");
        choice.add(choice1, choice2);
        suggestions.setId("voice-suggestions");
        suggestions.addClassName("voice-choice");
        suggestions.getElement().setAttribute("role", "group");
        suggestions.getElement().setAttribute("aria-label", "Questions you could ask");

        Div controls = new Div(talk, indicator);
        controls.addClassName("voice-controls");
        Div words = new Div(heard, result);
        words.addClassName("voice-words");
        add(controls, words, choice, suggestions, microphone);

        microphone.addListener(new Microphone.Listener() {
            @Override
            public void partial(Transcript words) {
                apply(conversation.partial(words));
                show();
            }

            @Override
            public void heard(Transcript words) {
                boolean question = conversation.state() != Conversation.State.WAITING_FOR_WAKE
                        && conversation.state() != Conversation.State.SPEAKING;
                apply(conversation.heard(words, matcher::match));
                if (question) {
                    settle();
                }
                show();
            }

            @Override
            public void nothingHeard() {
                apply(conversation.nothingHeard());
                show();
            }

            @Override
            public void stateChanged(Microphone.State state) {
                if (state == Microphone.State.UNAVAILABLE) {
                    apply(conversation.microphoneUnavailable());
                }
                show();
            }
        });
        clearAnswer();
        show();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        show();
    }

    // ---- what the frame tells the panel ----

    /** A new screen is shown; the welcome and home screens may wait for the wake phrase. */
    public void screenShown(boolean wakeScreen) {
        if (ready()) {
            apply(conversation.screenShown(wakeScreen));
        }
        show();
    }

    /** The kiosk started or stopped making sound. */
    public void speakingChanged(boolean speaking) {
        apply(speaking ? conversation.speakingStarted() : conversation.speakingEnded());
        show();
    }

    /**
     * Called every second: shows the panel once the speech model has loaded in the background (or
     * hides it if the recognizer stopped), without waiting for the next screen.
     */
    public void refresh() {
        if (isVisible() != ready()) {
            show();
        }
    }

    /** A new patient: the microphone is released and everything heard is forgotten. */
    public void idleReset() {
        apply(conversation.idleReset());
        heard.setText("");
        clearAnswer();
        show();
    }

    public Conversation.State state() {
        return conversation.state();
    }

    @Override
    public SpeechScript speechScript() {
        SpeechScript.Builder script = new SpeechScript.Builder();
        if (!isVisible()) {
            return script.build();
        }
        script.sayHighlighting(indicatorText.getText() + ".", "mic-indicator");
        script.sayHighlighting(heard.getText(), "heard");
        script.sayHighlighting(result.getText(), "voice-result");
        if (choice.isVisible()) {
            script.sayHighlighting(choice1.getText(), "choice-1");
            script.sayHighlighting(choice2.getText(), "choice-2");
        }
        suggestions
                .getChildren()
                .forEach(b -> script.sayHighlighting(
                        ((NativeButton) b).getText(), b.getId().orElse(null)));
        return script.build();
    }

    // ---- touch ----

    private void touchChoice(int number) {
        actions.activity();
        apply(conversation.choiceTouched(number));
        settle();
        show();
    }

    private void ask(String question) {
        actions.activity();
        heard.setText("");
        apply(conversation.heard(matcher.match(question)));
        settle();
        show();
    }

    /** After a question was acted on: ignore the microphone while the kiosk answers, else listen again. */
    private void settle() {
        apply(conversation.settled(actions.speaking()));
    }

    // ---- effects ----

    private void apply(List<Effect> effects) {
        for (Effect effect : effects) {
            switch (effect) {
                case Conversation.Listen listen -> {
                    // without a recognizer there is nothing to listen with (and the panel is hidden)
                    if (ready()) {
                        microphone.listen(listen.vocabulary());
                    }
                }
                case Conversation.Ignore ignore -> microphone.ignore();
                case Conversation.Close close -> microphone.close();
                case Conversation.Cue cue -> {
                    clearAnswer();
                    heard.setText("");
                    result.setText(CUE);
                    addClassName("voice-cue");
                    microphone.cue();
                }
                case Conversation.Activity activity -> actions.activity();
                case Conversation.ShowHeard words -> {
                    removeClassName("voice-cue");
                    heard.setText("I heard: " + words.words());
                }
                case Conversation.OpenTopic open -> {
                    clearAnswer();
                    result.setText("Here is: " + titleOf.apply(open.topicId()) + ".");
                    actions.openTopic(open.topicId());
                }
                case Conversation.RunCommand run -> {
                    clearAnswer();
                    result.setText(doing(run.command()));
                    actions.run(run.command());
                }
                case Conversation.OfferChoice offer -> {
                    clearAnswer();
                    choice1.setText("1. " + offer.firstTitle());
                    choice2.setText("2. " + offer.secondTitle());
                    choice.setVisible(true);
                    result.setText(offer.question());
                    actions.say(SpeechScript.of(offer.question()));
                }
                case Conversation.SayNotUnderstood none -> {
                    clearAnswer();
                    result.setText(none.reply());
                    int number = 0;
                    for (String question : none.suggestions()) {
                        NativeButton button = new NativeButton(asShown(question), e -> ask(question));
                        button.setId("suggestion-" + ++number);
                        button.addClassName("voice-answer");
                        suggestions.add(button);
                    }
                    suggestions.setVisible(true);
                    actions.say(SpeechScript.of(none.reply()
                            + " "
                            + String.join(
                                    " ",
                                    none.suggestions().stream()
                                            .map(VoicePanel::asShown)
                                            .toList())));
                }
                case Conversation.Say say -> {
                    clearAnswer();
                    result.setText(say.text());
                    actions.say(SpeechScript.of(say.text()));
                }
                case Conversation.StopSpeaking stop -> actions.stopSpeaking();
                case Conversation.Count count -> actions.count(count.outcome());
            }
        }
    }

    private void clearAnswer() {
        removeClassName("voice-cue");
        result.setText("");
        choice.setVisible(false);
        suggestions.removeAll();
        suggestions.setVisible(false);
    }

    /** A suggested question as written on its button: "What is a recurrence?". */
    static String asShown(String question) {
        String text = question.strip();
        if (text.isEmpty()) {
            return text;
        }
        text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        return text.endsWith("?") ? text : text + "?";
    }

    /** What the answer line says while a command is carried out. */
    static String doing(Command command) {
        return switch (command) {
            case HOME -> "Going to the start.";
            case BACK -> "Going back.";
            case READ, REPEAT -> "Reading this page.";
            case STOP -> "Stopped.";
            case PAUSE -> "Paused.";
            case RESUME -> "Carrying on.";
            case SLOWER -> "Reading more slowly.";
            case FASTER -> "Reading faster.";
            case LOUDER -> "Louder.";
            case QUIETER -> "Quieter.";
            case BIGGER_TEXT -> "Bigger text.";
            case SMALLER_TEXT -> "Smaller text.";
            default -> command.id().replace('-', ' ') + ".";
        };
    }

    // ---- showing the state ----

    private boolean ready() {
        return recognizer.status().ready();
    }

    private void show() {
        setVisible(ready());
        Conversation.State state = conversation.state();
        boolean listening = state == Conversation.State.LISTENING || state == Conversation.State.CHOOSING;
        talk.setText(listening ? "Stop listening" : "Talk");
        if (state != Conversation.State.LISTENING || microphone.state() == Microphone.State.UNAVAILABLE) {
            // "I am listening" is never left on screen once the kiosk is not
            removeClassName("voice-cue");
            if (CUE.equals(result.getText())) {
                result.setText("");
            }
        }
        String text;
        String shape;
        switch (microphone.state()) {
            case UNAVAILABLE -> {
                text = NO_MICROPHONE;
                shape = "none";
            }
            case LISTENING -> {
                text = switch (state) {
                    case WAITING_FOR_WAKE -> "Say “" + wakePhrase() + "” to talk to me";
                    case SPEAKING -> SAY_STOP;
                    default -> LISTENING;
                };
                shape = "listening";
            }
            case OPENING -> {
                text = STARTING;
                shape = "listening";
            }
            case IGNORING -> {
                text = state == Conversation.State.SPEAKING ? SPEAKING : PAUSED;
                shape = "ignoring";
            }
            default -> {
                text = OFF;
                shape = "off";
            }
        }
        indicatorText.setText(text);
        indicatorIcon.setText(
                switch (shape) {
                    case "listening" -> "●";
                    case "ignoring" -> "‖";
                    case "none" -> "⊘";
                    default -> "○";
                });
        indicator.getElement().setAttribute("data-state", shape);
        getElement().setAttribute("data-conversation", state.name().toLowerCase(Locale.ROOT));
    }

    private String wakePhrase() {
        return conversation.wakeGrammar().phrases().getFirst();
    }
}
