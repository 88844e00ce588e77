package org.clinic.kiosk.voice.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import org.clinic.kiosk.shell.SpeechScript;

/**
 * What was heard and the kiosk's answer: "I heard: ...", the answer line, a choice of two topics,
 * or three questions to tap when it did not understand. A touch on a choice or a question raises
 * an event; the panel acts on it.
 */
final class AnswerArea extends Div {

    static final String CUE = "I am listening. Please ask your question.";

    private final Paragraph heard = new Paragraph();
    private final Paragraph result = new Paragraph();
    private final Div choice = new Div();
    private final NativeButton choice1 = new NativeButton();
    private final NativeButton choice2 = new NativeButton();
    private final Div suggestions = new Div();
    /** "I am listening" is the newest thing shown: the panel stands out until words come. */
    private boolean cueing;

    AnswerArea() {
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
        choice1.addClickListener(e -> fireEvent(new ChoiceTouched(this, 1)));
        choice2.addClickListener(e -> fireEvent(new ChoiceTouched(this, 2)));
        choice.setId("voice-choice");
        choice.addClassName("voice-choice");
        choice.getElement().setAttribute("role", "group");
        choice.getElement().setAttribute("aria-label", "Which one did you mean?");
        choice.add(choice1, choice2);
        suggestions.setId("voice-suggestions");
        suggestions.addClassName("voice-choice");
        suggestions.getElement().setAttribute("role", "group");
        suggestions.getElement().setAttribute("aria-label", "Questions you could ask");

        Div words = new Div(heard, result);
        words.addClassName("voice-words");
        add(words, choice, suggestions);
        setClassName("voice-answers");
        clear();
    }

    /** One of "Did you mean 1 or 2?" was touched. */
    static final class ChoiceTouched extends ComponentEvent<AnswerArea> {
        private final int number;

        ChoiceTouched(AnswerArea source, int number) {
            super(source, true);
            this.number = number;
        }

        int number() {
            return number;
        }
    }

    /** One of the suggested questions was touched. */
    static final class QuestionTouched extends ComponentEvent<AnswerArea> {
        private final String question;

        QuestionTouched(AnswerArea source, String question) {
            super(source, true);
            this.question = question;
        }

        String question() {
            return question;
        }
    }

    Registration addChoiceListener(ComponentEventListener<ChoiceTouched> listener) {
        return addListener(ChoiceTouched.class, listener);
    }

    Registration addQuestionListener(ComponentEventListener<QuestionTouched> listener) {
        return addListener(QuestionTouched.class, listener);
    }

    /** No answer shown (what was heard stays). */
    void clear() {
        cueing = false;
        result.setText("");
        choice.setVisible(false);
        suggestions.removeAll();
        suggestions.setVisible(false);
    }

    /** Forgets everything heard and answered. */
    void forget() {
        heard.setText("");
        clear();
    }

    void showHeard(String words) {
        cueing = false;
        heard.setText("I heard: " + words);
    }

    /** "I am listening": a conversation has just started. */
    void cue() {
        forget();
        result.setText(CUE);
        cueing = true;
    }

    boolean cueing() {
        return cueing;
    }

    /** Takes "I am listening" away once the kiosk is not listening. */
    void endCue() {
        cueing = false;
        if (CUE.equals(result.getText())) {
            result.setText("");
        }
    }

    void answer(String text) {
        clear();
        result.setText(text);
    }

    void offerChoice(String first, String second, String question) {
        clear();
        choice1.setText("1. " + first);
        choice2.setText("2. " + second);
        choice.getElement().setAttribute("aria-label", "Which one did you mean?");
        choice.setVisible(true);
        result.setText(question);
    }

    /** "Did you want me to ...?" about a command the kiosk was not sure it heard: Yes ({@code yes}) and No. */
    void askFirst(String yes, String question) {
        clear();
        choice1.setText(yes);
        choice2.setText(NO);
        choice.getElement().setAttribute("aria-label", "Your answer");
        choice.setVisible(true);
        result.setText(question);
    }

    /** The second button's words when the kiosk asks about a command. */
    static final String NO = "No";

    void suggest(String reply, List<String> questions) {
        clear();
        result.setText(reply);
        int number = 0;
        for (String question : questions) {
            NativeButton button =
                    new NativeButton(asShown(question), e -> fireEvent(new QuestionTouched(this, question)));
            button.setId("suggestion-" + ++number);
            button.addClassName("voice-answer");
            suggestions.add(button);
        }
        suggestions.setVisible(true);
    }

    /** What is shown, in reading order, for Read aloud. */
    void addTo(SpeechScript.Builder script) {
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
}
