package org.clinic.kiosk.staff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.clinic.kiosk.shell.Routes;
import org.clinic.kiosk.staff.HealthStatus;
import org.clinic.kiosk.staff.KioskHealth;
import org.clinic.kiosk.staff.ReportCsv;
import org.clinic.kiosk.staff.ReportNames;
import org.clinic.kiosk.staff.StaffLogin;
import org.clinic.kiosk.staff.StaffSession;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.usage.UsageHealth;
import org.clinic.kiosk.usage.UsageReport;
import org.clinic.kiosk.usage.UsageReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff reports: at the top the kiosk's health in one line, linked to the health panel at the
 * foot; pick a range of days (or the last 7 or 30, shown pressed while shown), read the figures
 * and charts, download them as CSV or print them. Only reachable with an open staff session;
 * anyone else is sent to the sign-in.
 */
@Route(value = Routes.STAFF + "/reports", layout = StaffLayout.class)
@PageTitle("Kiosk use - staff area")
class StaffReportView extends Div implements BeforeEnterObserver {

    /** The longest range one report covers, so one tap cannot ask for centuries of days. */
    static final long MAX_DAYS = 3 * 366;

    private static final Logger LOG = LoggerFactory.getLogger(StaffReportView.class);

    private final UsageReports reports;
    private final KioskHealth kioskHealth;
    private final StaffLogin login;
    private final Clock clock;
    private final ReportNames names;
    private final DayPicker from;
    private final DayPicker to;
    private final Paragraph rangeMessage = new Paragraph();
    private final Div reportArea = new Div();
    private final Div healthArea = new Div();
    private final HealthStatusLine statusLine = new HealthStatusLine();
    private final NativeButton last7 = new NativeButton("Last 7 days", e -> lastDays(7));
    private final NativeButton last30 = new NativeButton("Last 30 days", e -> lastDays(30));
    private volatile StaffSession staff;
    private volatile LocalDate shownFrom;
    private volatile LocalDate shownTo;
    private boolean settingRange;

    public StaffReportView(
            UsageReports reports, TopicCatalog catalog, KioskHealth kioskHealth, StaffLogin login, Clock clock) {
        this.reports = reports;
        this.kioskHealth = kioskHealth;
        this.login = login;
        this.clock = clock;
        this.names = new ReportNames(catalog);
        setId("staff-report-view");
        addClassNames("view", "staff-view");

        // the log keeps 400 days; a range may go back to the start of the year three years ago
        int thisYear = LocalDate.now(clock).getYear();
        from = new DayPicker("report-from", "First day", thisYear - 3, thisYear);
        to = new DayPicker("report-to", "Last day", thisYear - 3, thisYear);
        from.addChangeListener(this::rangeChanged);
        to.addChangeListener(this::rangeChanged);
        last7.setId("report-last-7");
        last30.setId("report-last-30");
        Div range = new Div(from, to, last7, last30);
        range.addClassNames("report-range", "no-print");
        range.getElement().setAttribute("role", "group");
        range.getElement().setAttribute("aria-label", "Days to show");
        rangeMessage.setId("report-range-message");
        rangeMessage.addClassName("no-print");
        rangeMessage.getElement().setAttribute("aria-live", "assertive");

        DownloadHandler csvDownload = this::downloadCsv;
        Anchor csv = new Anchor(csvDownload, AttachmentType.DOWNLOAD, "Download as CSV");
        csv.setId("report-csv");
        csv.addClassName("button-link");
        NativeButton print = new NativeButton("Print", e -> getElement().executeJs("window.print()"));
        print.setId("report-print");
        Div actions = new Div(csv, print);
        actions.addClassNames("report-actions", "no-print");

        reportArea.setId("report-area");
        healthArea.setId("health-area");
        add(new H1("Kiosk use"), statusLine, range, rangeMessage, actions, reportArea, healthArea);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        staff = StaffAccess.current().orElse(null);
        if (staff == null) {
            event.forwardTo(StaffLoginView.class);
            return;
        }
        if (shownFrom == null) {
            lastDays(30);
        }
    }

    /** The last n days, today included, in the kiosk's time zone. */
    private void lastDays(int days) {
        LocalDate today = LocalDate.now(clock);
        settingRange = true;
        try {
            from.setValue(today.minusDays(days - 1L));
            to.setValue(today);
        } finally {
            settingRange = false;
        }
        rangeChanged();
    }

    private void rangeChanged() {
        if (settingRange) {
            return;
        }
        Optional<LocalDate> firstChosen = from.value();
        Optional<LocalDate> lastChosen = to.value();
        if (firstChosen.isEmpty() || lastChosen.isEmpty()) {
            DayPicker wrong = firstChosen.isEmpty() ? from : to;
            rangeMessage.setText("There is no " + wrong.chosenText() + ". Please choose another "
                    + (wrong == from ? "first" : "last") + " day. The report below is unchanged.");
            return;
        }
        LocalDate first = firstChosen.get();
        LocalDate last = lastChosen.get();
        if (first.isAfter(last)) {
            rangeMessage.setText("The first day must be on or before the last day. The report below is unchanged.");
            return;
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            rangeMessage.setText("Please choose at most " + MAX_DAYS + " days. The report below is unchanged.");
            return;
        }
        show(first, last);
    }

    /** Shows the range's report; if the log refuses the range or cannot be read, says so and keeps the old one. */
    private void show(LocalDate first, LocalDate last) {
        UsageReport report;
        try {
            report = reports.report(first, last);
        } catch (IllegalArgumentException e) {
            rangeMessage.setText(e.getMessage() + ". The report below is unchanged.");
            return;
        } catch (IllegalStateException e) {
            rangeMessage.setText("The usage figures cannot be read just now. The report below is unchanged."
                    + " Please try again in a minute; if it keeps happening, see the warnings under Kiosk health.");
            LOG.warn("Staff report for {} to {} failed: {}", first, last, e.getMessage());
            showHealth();
            return;
        }
        rangeMessage.setText("");
        shownFrom = first;
        shownTo = last;
        LocalDate today = LocalDate.now(clock);
        boolean isLast7 = last.equals(today) && first.equals(today.minusDays(6));
        boolean isLast30 = last.equals(today) && first.equals(today.minusDays(29));
        last7.getElement().setAttribute("aria-pressed", Boolean.toString(isLast7));
        last30.getElement().setAttribute("aria-pressed", Boolean.toString(isLast30));
        Optional<String> rangeName =
                isLast7 ? Optional.of("last 7 days") : isLast30 ? Optional.of("last 30 days") : Optional.empty();
        reportArea.removeAll();
        reportArea.add(new ReportPanel(
                report, names, rangeName, kioskHealth.speechRecognition().ready()));
        showHealth();
    }

    /** The health panel at the foot and its line at the top, from one reading of the kiosk's state. */
    private void showHealth() {
        UsageHealth usage = reports.health();
        statusLine.show(HealthStatus.of(kioskHealth.speechEngine(), kioskHealth.speechRecognition(), usage));
        healthArea.removeAll();
        healthArea.add(new HealthPanel(
                usage,
                kioskHealth.speechEngine(),
                kioskHealth.speechRecognition(),
                kioskHealth.lastMicrophoneUse(),
                kioskHealth.version(),
                kioskHealth.uptime(),
                login.recentEvents(),
                clock.getZone()));
    }

    /** The CSV of the range on screen; refused once the staff session has ended. */
    private void downloadCsv(DownloadEvent event) throws IOException {
        StaffSession session = staff;
        LocalDate first = shownFrom;
        LocalDate last = shownTo;
        if (session == null || !session.isOpen() || first == null) {
            event.getResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        UsageReport report;
        try {
            report = reports.report(first, last);
        } catch (IllegalStateException e) {
            // the file cannot be read just now: the browser shows a failed download, nothing half-written
            LOG.warn("Staff CSV for {} to {} failed: {}", first, last, e.getMessage());
            event.getResponse().setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        byte[] csv = ReportCsv.write(report, names).getBytes(StandardCharsets.UTF_8);
        event.setFileName("kiosk-use-" + first + "-to-" + last + ".csv");
        event.setContentType("text/csv; charset=UTF-8");
        event.setContentLength(csv.length);
        event.getOutputStream().write(csv);
    }
}
