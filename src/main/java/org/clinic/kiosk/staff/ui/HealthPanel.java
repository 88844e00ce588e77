package org.clinic.kiosk.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clinic.kiosk.staff.ReportDates;
import org.clinic.kiosk.staff.StaffLogin;
import org.clinic.kiosk.usage.UsageHealth;
import org.clinic.kiosk.voice.recognition.EngineChoice;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;

/**
 * How the kiosk is doing: the speech engine, voice input and its speech model, microphone, usage
 * database, warnings, version, uptime, and staff sign-in slowed down or unlocked.
 */
class HealthPanel extends Div {

    /** The panel's heading, where the status line's link lands. */
    static final String HEADING = "health-heading";

    private final NativeTable table = new NativeTable();

    HealthPanel(
            UsageHealth usage,
            EngineChoice speechEngine,
            RecognizerStatus speechRecognition,
            Optional<Instant> lastMicrophoneUse,
            String version,
            Duration uptime,
            List<StaffLogin.SignInEvent> signIns,
            ZoneId zone) {
        setId("health");
        addClassNames("report-section", "health");
        H2 heading = new H2("Kiosk health");
        heading.setId(HEADING);
        // the status line at the top of the report jumps here and moves the focus with it
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        if (usage.warnings().isEmpty()) {
            Paragraph none = new Paragraph("No warnings.");
            none.setId("health-warnings");
            add(none);
        } else {
            UnorderedList warnings = new UnorderedList();
            warnings.setId("health-warnings");
            warnings.addClassName("urgent");
            usage.warnings().forEach(w -> warnings.add(new ListItem(w)));
            add(new Paragraph("Warnings:"), warnings);
        }
        table.setId("health-table");
        table.addClassName("report-table");
        table.setCaptionText("Kiosk health");
        table.getCaption().addClassName("visually-hidden");
        row("health-speech-engine", "Speech engine", speechEngine.summary());
        row(
                "health-speech-model",
                "Voice input",
                (speechRecognition.ready() ? "On. " : "Off. ") + speechRecognition.detail());
        speechRecognition.handsFreeOff().ifPresent(why -> row("health-hands-free", "Hands-free listening", why));
        if (!speechRecognition.unknownWords().isEmpty()) {
            row(
                    "health-unknown-words",
                    "Words the speech model does not know",
                    String.join(", ", speechRecognition.unknownWords()));
        }
        row(
                "health-microphone",
                "Last microphone use",
                lastMicrophoneUse.map(at -> ReportDates.moment(at, zone)).orElse("Not since the kiosk started"));
        row("health-database", "Usage database", size(usage.databaseBytes()) + " (" + usage.databaseFile() + ")");
        row(
                "health-last-event",
                "Last event recorded",
                usage.lastEvent().map(at -> ReportDates.moment(at, zone)).orElse("None yet"));
        row("health-queue", "Events waiting to be saved", Long.toString(usage.queuedEvents()));
        row("health-version", "App version", version);
        row("health-uptime", "Running for", duration(uptime));
        add(table, signIns(signIns, zone));
    }

    /** Staff sign-in slowed down by wrong PINs, and unlocked, since start-up, newest first. */
    private static Div signIns(List<StaffLogin.SignInEvent> events, ZoneId zone) {
        Div section = new Div(new H3("Staff sign-in"));
        section.setId("health-sign-in");
        if (events.isEmpty()) {
            section.add(new Paragraph("No wrong PINs have slowed down sign-in since the kiosk started."));
        } else {
            UnorderedList list = new UnorderedList();
            events.forEach(e -> list.add(new ListItem(ReportDates.moment(e.at(), zone) + ": " + e.text())));
            section.add(list);
        }
        return section;
    }

    private void row(String id, String label, String value) {
        NativeTableRow row = table.getBody().addRow();
        row.addHeaderCell().setText(label);
        row.getHeaderCell(0).ifPresent(cell -> cell.getElement().setAttribute("scope", "row"));
        row.addDataCell().setText(value);
        row.getDataCell(0).ifPresent(cell -> cell.setId(id));
    }

    /** "2.2 MB", "512 KB" or "300 bytes". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }

    /** "3 days 4 hours 5 minutes", or "less than a minute". */
    static String duration(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(days == 1 ? " day " : " days ");
        }
        if (hours > 0) {
            text.append(hours).append(hours == 1 ? " hour " : " hours ");
        }
        if (minutes > 0) {
            text.append(minutes).append(minutes == 1 ? " minute" : " minutes");
        }
        return text.isEmpty() ? "less than a minute" : text.toString().strip();
    }
}
