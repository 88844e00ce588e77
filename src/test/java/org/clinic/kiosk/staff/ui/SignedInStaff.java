package org.clinic.kiosk.staff.ui;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.vaadin.flow.component.Component;
import java.nio.file.Path;
import org.clinic.kiosk.KioskBrowserlessTest;
import org.clinic.kiosk.staff.StaffPins;
import org.clinic.kiosk.usage.UsageLog;
import org.clinic.kiosk.usage.UsageSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** The staff area's browserless tests: a known PIN, the seeded week in the real log, signing in with the keypad. */
abstract class SignedInStaff extends KioskBrowserlessTest {

    static final Path DATA = Path.of("target/test-data");
    static final String PIN = "482913";

    @Autowired
    UsageLog usageLog;

    @BeforeEach
    void setPinAndSeedTheLog() throws Exception {
        StaffPins.set(DATA, PIN);
        UsageSeed.seed(usageLog, clock, DATA);
    }

    @AfterEach
    void signOut() {
        StaffAccess.end();
    }

    /** Types a PIN on the on-screen keypad and signs in, as staff at the kiosk would. */
    void enter(String pin) {
        for (char digit : pin.toCharArray()) {
            tap("key-" + digit);
        }
        tap("staff-sign-in");
    }

    void signIn() {
        navigate(StaffLoginView.class);
        enter(PIN);
        assertInstanceOf(StaffReportView.class, getCurrentView());
    }

    String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }
}
