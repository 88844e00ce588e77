package org.clinic.kiosk.voice.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import java.util.Locale;
import org.clinic.kiosk.shell.PatientActions;
import org.clinic.kiosk.shell.ReadAloud;
import org.clinic.kiosk.shell.Speakable;
import org.clinic.kiosk.shell.SpeechScript;
import org.clinic.kiosk.shell.Talk;
import org.clinic.kiosk.shell.VisitUsage;
import org.clinic.kiosk.topic.Topic;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.audio.MicrophoneUse;
import org.clinic.kiosk.voice.conversation.Conversation;
import org.clinic.kiosk.voice.conversation.Effect;
import org.clinic.kiosk.voice.match.QuestionMatcher;
import org.clinic.kiosk.voice.recognition.ExpectedSpeech;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Transcript;

/**
 * Talking to the kiosk, in the same place on every screen: the Talk button, the microphone
 * indicator ({@link MicIndicator}) and what was heard and answered ({@link AnswerArea}). Hidden,
 * Talk included, when the recognizer is not ready. The {@link Conversation} decides; its effects are
 * carried out by {@link VoiceEffects}, through the shell's patient actions.
 */
@SpringComponent
@UIScope
class VoicePanel extends Div implements Speakable, Talk {

    private final SpeechRecognizer recognizer;
    private final QuestionMatcher matcher;
    private final PatientActions actions;
    private final ReadAloud reader;
    private final Conversation conversation;
    private final Microphone microphone;
    private final VoiceEffects effects;
    private final NativeButton talk = new NativeButton("Talk");
    private final MicIndicator indicator = new MicIndicator();
    private final AnswerArea answers = new AnswerArea();

    VoicePanel(
            SpeechRecognizer recognizer,
            QuestionMatcher matcher,
            VoiceSettings settings,
            TopicCatalog catalog,
            PatientActions actions,
            ReadAloud reader,
            VisitUsage usage,
            MicrophoneUse microphoneUse,
            ExpectedSpeech expected) {
        this.recognizer = recognizer;
        this.matcher = matcher;
        this.actions = actions;
        this.reader = reader;
        java.util.function.Function<String, String> titleOf =
                id -> catalog.byId(id).map(Topic::title).orElse(id);
        // hands-free only while the model can hear the wake phrase (the health panel says why not)
        this.conversation = new Conversation(
                () -> settings.handsFree() && recognizer.status().handsFreeOff().isEmpty(),
                settings.bargeIn(),
                settings.wakePhrase(),
                expected.questions(),
                titleOf);
        this.microphone = new Microphone(recognizer, settings, microphoneUse::opened);
        this.effects = new VoiceEffects(microphone, answers, actions, reader, usage, titleOf);
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
        answers.addChoiceListener(e -> touchChoice(e.number()));
        answers.addQuestionListener(e -> ask(e.question()));

        Div controls = new Div(talk, indicator);
        controls.addClassName("voice-controls");
        add(controls, answers, microphone);

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
        // the microphone is ignored while the kiosk speaks, so it never hears itself
        reader.addSpeakingChangedListener(e -> {
            apply(e.speaking() ? conversation.speakingStarted() : conversation.speakingEnded());
            show();
        });
        show();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        show();
    }

    // ---- what the frame tells the panel ----

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void screenShown(boolean wakeScreen) {
        if (ready()) {
            apply(conversation.screenShown(wakeScreen));
        }
        show();
    }

    /**
     * Called every second: shows the panel once the speech model has loaded in the background (or
     * hides it if the recognizer stopped), without waiting for the next screen.
     */
    @Override
    public void refresh() {
        if (isVisible() != ready()) {
            show();
        }
    }

    @Override
    public void idleReset() {
        apply(conversation.idleReset());
        answers.forget();
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
        script.sayHighlighting(indicator.words() + ".", "mic-indicator");
        answers.addTo(script);
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
        answers.forget();
        apply(conversation.heard(matcher.match(question)));
        settle();
        show();
    }

    /** After a question was acted on: ignore the microphone while the kiosk answers, else listen again. */
    private void settle() {
        apply(conversation.settled(reader.speaking()));
    }

    private void apply(List<Effect> list) {
        effects.apply(list, ready());
        getElement().getClassList().set("voice-cue", answers.cueing());
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
            answers.endCue();
            removeClassName("voice-cue");
        }
        indicator.show(
                microphone.state(), state, conversation.wakeGrammar().phrases().getFirst());
        getElement().setAttribute("data-conversation", state.name().toLowerCase(Locale.ROOT));
    }
}
