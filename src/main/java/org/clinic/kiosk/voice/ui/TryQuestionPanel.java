package org.clinic.kiosk.voice.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.clinic.kiosk.voice.match.MatchExplanation;
import org.clinic.kiosk.voice.match.MatchResult;
import org.clinic.kiosk.voice.match.QuestionMatcher;

/**
 * "Try a question", for staff tuning the synonym file: type what a patient might say, and see what
 * the kiosk would do and why (the words it heard, the synonym lines used, the terms searched, the
 * topics closest in meaning with their closest sentence, the topics that came close with the fields
 * that matched). Nothing typed here is kept.
 */
public class TryQuestionPanel extends Div {

    private final QuestionMatcher matcher;
    private final Function<String, String> topicTitle;
    private final TextField question = new TextField("A question or command, as a patient would say it");
    private final Div result = new Div();

    /**
     * @param topicTitle a topic's title by its id (the id itself when unknown), to show names staff know
     */
    public TryQuestionPanel(QuestionMatcher matcher, Function<String, String> topicTitle) {
        this.matcher = matcher;
        this.topicTitle = topicTitle;
        setId("try-question-panel");
        addClassName("try-question");
        question.setId("try-question");
        question.setWidthFull();
        question.setMaxLength(300);
        NativeButton ask = new NativeButton("Try it", e -> show());
        ask.setId("try-question-ask");
        ask.addClassName("primary");
        ask.addClickShortcut(Key.ENTER);
        result.setId("try-question-result");
        result.addClassName("try-question-result");
        add(question, ask, result);
        showProblems();
    }

    private void show() {
        result.removeAll();
        String text = question.getValue();
        if (text == null || text.isBlank()) {
            result.add(new Paragraph("Type a question first, for example \"can they still treat it\"."));
            showProblems();
            return;
        }
        // a recognizer's alternatives, best first, may be typed separated by " | "
        MatchExplanation why = matcher.explain(List.of(text.split(" \\| ")));
        Paragraph answer = new Paragraph(answer(why.result()));
        answer.setId("try-question-answer");
        answer.addClassName("lead");
        result.add(answer);
        Paragraph reason = new Paragraph("Why: " + why.reason());
        reason.setId("try-question-reason");
        result.add(reason);
        result.add(new Paragraph("Heard as: \"" + why.heard() + "\""));
        if (why.alternatives().size() > 1) {
            result.add(list("Alternatives heard, matched together", why.alternatives(), ""));
        }
        result.add(list("Synonym lines used", why.rewrites(), "none"));
        result.add(list("Words tried by their sound", why.soundAlikes(), "none"));
        Div paraphrases = list(
                "Closest in meaning (the paraphrase vote)",
                why.paraphrases().stream()
                        .map(p -> topicTitle.apply(p.id()) + ": \"" + p.closest() + "\" (cosine "
                                + String.format(Locale.ROOT, "%.2f", p.cosine()) + ")")
                        .toList(),
                "no vote: it is off, or it had no say (a command, or what sounded like noise)");
        paraphrases.setId("try-question-paraphrases");
        result.add(paraphrases);
        if (!why.searchTerms().isEmpty()) {
            result.add(new Paragraph("Words searched (after stemming): " + String.join(", ", why.searchTerms())));
        }
        if (!why.result().alternatives().isEmpty()) {
            result.add(list(
                    "Also close",
                    why.result().alternatives().stream()
                            .map(a -> topicTitle.apply(a.id()) + " (" + percent(a.confidence()) + ")")
                            .toList(),
                    "none"));
        }
        if (!why.candidates().isEmpty()) {
            result.add(new H2("The best-scoring topics (the closest example question is the nearest paraphrase)"));
            UnorderedList candidates = new UnorderedList();
            candidates.setId("try-question-candidates");
            for (MatchExplanation.Candidate candidate : why.candidates()) {
                candidates.add(new ListItem(topicTitle.apply(candidate.id()) + ": score "
                        + String.format(Locale.ROOT, "%.2f", candidate.score()) + ", covers "
                        + percent(candidate.coverage()) + " of the question. "
                        + String.join("; ", candidate.matches())));
            }
            result.add(candidates);
        }
        showProblems();
    }

    private String answer(MatchResult result) {
        return switch (result) {
            case MatchResult.TopicMatch topic ->
                "Opens the topic \"" + topicTitle.apply(topic.topicId()) + "\" (" + percent(topic.confidence())
                        + " sure).";
            case MatchResult.TopicChoice choice ->
                "Not sure: asks the patient to choose between \""
                        + topicTitle.apply(choice.first().id()) + "\" ("
                        + percent(choice.first().confidence())
                        + ") and \"" + topicTitle.apply(choice.second().id()) + "\" ("
                        + percent(choice.second().confidence()) + ").";
            case MatchResult.CommandMatch command
            when command.askFirst() ->
                "Asks first whether the patient meant the command \""
                        + command.command().id() + "\" (heard only in one of the recognizer's later alternatives).";
            case MatchResult.CommandMatch command ->
                "Obeys the command \"" + command.command().id() + "\".";
            case MatchResult.NotUnderstood none ->
                (none.forFrontDesk() ? "Sends the patient to the front desk: \"" : "Does not understand, and says: \"")
                        + none.reply() + "\" It suggests: "
                        + String.join("; ", none.suggestions()) + ".";
        };
    }

    private void showProblems() {
        List<String> problems = matcher.problems();
        if (!problems.isEmpty()) {
            Div box = list("Problems in the synonym file", problems, "");
            box.setId("try-question-problems");
            box.addClassName("urgent");
            result.add(box);
        }
    }

    private static Div list(String title, List<String> items, String whenEmpty) {
        Div box = new Div(new H2(title));
        if (items.isEmpty()) {
            box.add(new Paragraph(whenEmpty));
        } else {
            UnorderedList list = new UnorderedList();
            items.forEach(item -> list.add(new ListItem(item)));
            box.add(list);
        }
        return box;
    }

    private static String percent(double confidence) {
        return Math.round(confidence * 100) + " %";
    }
}
