package org.clinic.kiosk.shell;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the "Need help now?" card says, set by the clinic ({@code kiosk.help.*} in
 * {@code kiosk-config/kiosk.properties}): where the front desk is and the numbers to call. A
 * setting left empty is not shown.
 */
@Validated
@ConfigurationProperties(prefix = "kiosk.help")
public record HelpSettings(
        @DefaultValue("") @Size(max = 120) String frontDeskLocation,
        @DefaultValue("") @Size(max = 40) String nurseLine,
        @DefaultValue("") @Size(max = 40) String outOfHoursLine,
        @DefaultValue("") @Size(max = 40) String crisisLine) {

    /** A number to call, as the card lists it. */
    public record Line(String id, String label, String number) {}

    /** The numbers the clinic has set, in the card's order; empty ones are left out. */
    public List<Line> numbers() {
        List<Line> lines = new ArrayList<>();
        add(lines, "help-nurse-line", "Nurse line", nurseLine);
        add(lines, "help-out-of-hours-line", "After hours", outOfHoursLine);
        return lines;
    }

    private static void add(List<Line> lines, String id, String label, String number) {
        if (number != null && !number.isBlank()) {
            lines.add(new Line(id, label, number.strip()));
        }
    }

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
