package org.clinic.kiosk.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.clinic.kiosk.staff.ReportNames;
import org.clinic.kiosk.usage.UsageReport;

/**
 * The report's figures. A share is shown only where it means something (not "0 (0.0%)" of
 * nothing), and voice figures are left out, with the reason, when voice is off on this kiosk and
 * the range holds no voice use from a time when it was on.
 */
class ReportFigures extends Div {

    static final String VOICE_OFF = "Voice is off on this kiosk, so there are no voice figures.";
    static final String VOICE_OFF_NOW =
            "Voice is off on this kiosk now: the voice figures below are from days when" + " it was on.";

    ReportFigures(UsageReport report, boolean voiceOn) {
        setId("report-figures");
        Div figures = new Div();
        figures.addClassName("figures");
        figures.add(figure("figure-visits", "Visits", Long.toString(report.visits())));
        figures.add(figure("figure-topic-views", "Topic views", Long.toString(report.topicViews())));
        figures.add(figure("figure-touch", "Reached by touch", share(report.touchViews(), report.topicViews())));
        figures.add(figure("figure-read-aloud", "Read aloud uses", Long.toString(report.readAloudUses())));
        figures.add(
                figure("figure-help-card", "“Need help now?” card opened", Long.toString(report.helpCardOpenings())));
        add(figures);

        boolean voiceUsed = report.voiceQuestions() > 0 || report.voiceViews() > 0;
        if (!voiceOn && !voiceUsed) {
            add(note(VOICE_OFF));
            return;
        }
        if (!voiceOn) {
            add(note(VOICE_OFF_NOW));
        }
        Div voice = new Div();
        voice.setId("voice-figures");
        voice.addClassName("figures");
        voice.add(figure("figure-voice", "Reached by voice", share(report.voiceViews(), report.topicViews())));
        voice.add(figure("figure-voice-questions", "Spoken questions", Long.toString(report.voiceQuestions())));
        voice.add(figure(
                "figure-not-understood",
                "Spoken questions not understood",
                share(report.voiceNotUnderstood(), report.voiceQuestions())));
        add(voice);
    }

    /** "5 (71.4%)", or just "0" when there is nothing to take a share of. */
    static String share(long part, long whole) {
        return whole == 0 ? Long.toString(part) : part + " (" + ReportNames.percent((double) part / whole) + ")";
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.setId("voice-figures-note");
        note.addClassName("report-note");
        return note;
    }

    private static Div figure(String id, String label, String value) {
        Span number = new Span(value);
        number.setId(id);
        number.addClassName("figure-value");
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Div figure = new Div(caption, number);
        figure.addClassName("figure");
        return figure;
    }
}
