package org.clinic.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.KioskBrowserlessTest;
import org.clinic.kiosk.topic.TopicCatalog;
import org.clinic.kiosk.usage.UsageLog;
import org.clinic.kiosk.usage.UsageSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A patient's walk through the screens, as the usage log stores it (read from the file itself). */
class VisitUsageIT extends KioskBrowserlessTest {

    /** One stored event, as it is in the file. */
    private record Row(long visit, long at, String kiosk, String kind, String detail, String topic, String category) {

        String what() {
            return String.join(" ", kind, detail, topic, category).strip().replaceAll(" +", " ");
        }
    }

    @Autowired
    private UsageLog usageLog;

    @Autowired
    private KioskSettings settings;

    @Autowired
    private UsageSettings usageSettings;

    @Autowired
    private TopicCatalog catalog;

    private long before;
    private long startedAt;

    @BeforeEach
    void rememberWhereTheFileWas() throws Exception {
        navigate(WelcomeView.class);
        before = lastId();
        startedAt = clock.instant().getEpochSecond();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:sqlite:" + settings.dataDir().resolve("usage.db").toAbsolutePath());
    }

    private long lastId() throws Exception {
        assertTrue(usageLog.flush(Duration.ofSeconds(10)));
        try (Connection connection = connect();
                ResultSet rs = connection.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM event")) {
            return rs.getLong(1);
        }
    }

    private List<Row> rows(long afterId) throws Exception {
        assertTrue(usageLog.flush(Duration.ofSeconds(10)));
        List<Row> rows = new ArrayList<>();
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT visit, at, kiosk, kind, detail, topic, category FROM event WHERE id > ? ORDER BY id")) {
            query.setLong(1, afterId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7)));
                }
            }
        }
        return rows;
    }

    @Test
    void aPatientWalkIsStoredAsAnonymousEvents() throws Exception {
        String related = catalog.byId("clinical-trials").orElseThrow().related().getFirst();
        String relatedCategory = catalog.byId(related).orElseThrow().category().id();
        String helpCategory =
                catalog.byId(Routes.HELP_TOPIC_ID).orElseThrow().category().id();

        tap("start");
        tap("category-treatment");
        tap("topic-clinical-trials");
        tap("related-" + related);
        tap("back"); // back to a page already counted: not a new view
        tap("help-now");
        tap("help-read-more");
        tap("text-and-colours");
        tap("text-largest");
        tap("text-largest"); // the same size again: nothing changed
        tap("contrast");
        tap("text-and-colours-done");
        // a topic page allows up to four times the idle time for its reader
        waitSeconds(4L * settings.idleSeconds());
        waitSeconds(settings.warningSeconds());

        List<Row> rows = rows(before);
        assertEquals(
                List.of(
                        "visit_started",
                        "topic_viewed tile clinical-trials treatment",
                        "topic_viewed related_link " + related + " " + relatedCategory,
                        "help_card_opened",
                        "topic_viewed help_entry " + Routes.HELP_TOPIC_ID + " " + helpCategory,
                        "text_size largest",
                        "contrast high",
                        "visit_ended idle_reset"),
                rows.stream().map(Row::what).toList());
        assertEquals(1, rows.stream().mapToLong(Row::visit).distinct().count(), "one visit id for the whole walk");
        for (Row row : rows) {
            assertEquals(usageSettings.kioskName(), row.kiosk());
            assertEquals(0, row.at() % 3600, "stored to the hour");
            assertTrue(
                    row.at() > startedAt - 3600 && row.at() <= clock.instant().getEpochSecond());
        }

        // the next patient is a new visit, with a new random id
        tap("start");
        tap("category-coping");
        List<Row> next = rows(before + rows.size());
        assertEquals(List.of("visit_started"), next.stream().map(Row::what).toList());
        assertNotEquals(rows.getFirst().visit(), next.getFirst().visit());
    }

    @Test
    void goingBackToTheWelcomeScreenEndsTheVisit() throws Exception {
        tap("help-now"); // from the welcome screen straight to help: that starts a visit
        tap("help-read-more");
        navigate(WelcomeView.class);

        assertEquals(
                List.of(
                        "visit_started",
                        "help_card_opened",
                        "topic_viewed help_entry " + Routes.HELP_TOPIC_ID + " "
                                + catalog.byId(Routes.HELP_TOPIC_ID)
                                        .orElseThrow()
                                        .category()
                                        .id(),
                        "visit_ended home"),
                rows(before).stream().map(Row::what).toList());
    }

    @Test
    void imFinishedEndsTheVisitAsFinished() throws Exception {
        tap("start");
        tap("category-coping");
        tap("finished");

        assertEquals(
                List.of("visit_started", "visit_ended finished"),
                rows(before).stream().map(Row::what).toList());
    }

    @Test
    void staffOpeningTheStaffAreaEndsTheVisitAsEndedByStaff() throws Exception {
        tap("start");
        tap("category-coping");
        // what the long press on the clinic's name calls (kiosk.js sends the DOM event in a browser)
        KioskLayout layout = UI.getCurrent().getActiveRouterTargetsChain().stream()
                .filter(KioskLayout.class::isInstance)
                .map(KioskLayout.class::cast)
                .findFirst()
                .orElseThrow();
        layout.openStaffArea();
        assertEquals("Staff sign-in", heading());

        List<Row> rows = rows(before);
        assertEquals(
                List.of("visit_started", "visit_ended staff"),
                rows.stream().map(Row::what).toList());
        assertEquals(1, rows.stream().mapToLong(Row::visit).distinct().count());

        // the next patient starts a new visit with a new id
        navigate(WelcomeView.class);
        tap("start");
        List<Row> next = rows(before + rows.size());
        assertEquals(List.of("visit_started"), next.stream().map(Row::what).toList());
        assertNotEquals(rows.getFirst().visit(), next.getFirst().visit());
    }

    @Test
    void nothingIsStoredWhileTheWelcomeScreenWaits() throws Exception {
        waitSeconds(settings.idleSeconds() + settings.warningSeconds() + 5);
        assertEquals(List.of(), rows(before));
        assertTrue(Path.of(settings.dataDir().toString(), "usage.db").toFile().isFile());
    }

    @Test
    void eachReadAloudPressIsCountedWithoutTheScreensText() throws Exception {
        tap("start");
        tap("category-planning");
        tap("topic-hospice-care");
        tap("read-aloud");
        tap("speech-stop");
        tap("read-aloud");

        assertEquals(
                List.of("visit_started", "topic_viewed tile hospice-care planning", "read_aloud", "read_aloud"),
                rows(before).stream().map(Row::what).toList());
    }
}
