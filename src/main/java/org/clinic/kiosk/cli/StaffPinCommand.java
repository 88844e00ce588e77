package org.clinic.kiosk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.clinic.kiosk.shell.SettingsFile;
import org.clinic.kiosk.staff.StaffPinFile;
import org.clinic.kiosk.staff.StaffUnlock;

/**
 * {@code java -jar recurrence-kiosk.jar staff-pin} (or {@code ./kiosk staff-pin}): sets the staff
 * PIN. At a terminal it asks twice without showing what is typed; piped, it reads one line from
 * standard input. Only the hash is written, to {@code staff-pin} in the data folder named by the
 * settings file ({@code KIOSK_CONFIG_FILE}, else {@code kiosk-config/kiosk.properties}), unless
 * {@code -Dkiosk.data-dir} or {@code KIOSK_DATA_DIR} overrides it as it would for the kiosk.
 * {@code staff-pin --unlock} clears every sign-in wait that wrong PINs started, on the running kiosk.
 */
public final class StaffPinCommand {

    public static final String NAME = "staff-pin";

    /** {@code staff-pin --unlock}: clears every sign-in wait that wrong PINs started. */
    static final String UNLOCK = "--unlock";

    private StaffPinCommand() {}

    public static void main(String[] args) {
        int status;
        try {
            status = Arrays.asList(args).contains(UNLOCK)
                    ? unlock(dataDir(), System.out)
                    : run(dataDir(), System.console(), System.in, System.out, System.err);
        } catch (IOException | IllegalStateException e) { // IllegalStateException: a mistake in the settings file
            System.err.println("Could not save the staff PIN: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    /** The data folder from the settings file, as the running kiosk will see it. */
    static Path dataDir() throws IOException {
        Map<String, String> settings = SettingsFile.values(System.getenv(SettingsFile.VARIABLE));
        // the same order as the running kiosk: system property, environment variable, settings file
        String fromFile = settings.getOrDefault("kiosk.data-dir", "data");
        String fromEnvironment =
                Optional.ofNullable(System.getenv("KIOSK_DATA_DIR")).orElse(fromFile);
        return Path.of(System.getProperty("kiosk.data-dir", fromEnvironment).strip());
    }

    /** Asks the running kiosk to clear every sign-in wait; it takes effect at once, without a restart. */
    static int unlock(Path dataDir, PrintStream out) throws IOException {
        StaffUnlock unlock = new StaffUnlock(dataDir);
        unlock.request();
        out.println("Staff sign-in is unlocked: the kiosk clears every wait after wrong PINs at the next try or"
                + " within a second on a sign-in screen (request file "
                + unlock.path().toAbsolutePath()
                + "). The health panel lists it.");
        return 0;
    }

    static int run(Path dataDir, Console console, InputStream in, PrintStream out, PrintStream err) throws IOException {
        char[] pin;
        if (console != null) {
            pin = console.readPassword(
                    "New staff PIN (at least %d characters; digits only if the kiosk has no keyboard): ",
                    StaffPinFile.MIN_LENGTH);
            char[] again = console.readPassword("The same PIN again: ");
            if (pin == null || again == null) {
                err.println("No PIN given; nothing was changed.");
                return 1;
            }
            boolean same = Arrays.equals(pin, again);
            StaffPinFile.wipe(again);
            if (!same) {
                StaffPinFile.wipe(pin);
                err.println("The two PINs are not the same; nothing was changed.");
                return 1;
            }
        } else {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                err.println("No PIN given on standard input; nothing was changed.");
                return 1;
            }
            pin = line.strip().toCharArray();
        }
        try {
            Optional<String> problem = StaffPinFile.problem(pin);
            if (problem.isPresent()) {
                err.println(problem.get() + " Nothing was changed.");
                return 1;
            }
            StaffPinFile file = new StaffPinFile(dataDir);
            file.save(pin);
            out.println("The staff PIN is set. Its hash is in " + file.path().toAbsolutePath()
                    + ". It works at the next sign-in; no restart is needed.");
            return 0;
        } finally {
            StaffPinFile.wipe(pin);
        }
    }
}
