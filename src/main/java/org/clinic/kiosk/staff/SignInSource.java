package org.clinic.kiosk.staff;

import java.util.Locale;

/**
 * Where a staff sign-in try comes from: the kiosk's own screen (a browser on the kiosk machine,
 * reaching the app over loopback) or another computer, by its network address. Wrong PINs are
 * counted per source, so a patient at the screen never slows down a staff computer.
 *
 * @param address the client's IP address as the web server saw it, or {@code "unknown"}
 */
public record SignInSource(String address) {

    private static final SignInSource KIOSK_SCREEN = new SignInSource("loopback");

    /** The source of a request from this client address (every loopback address is the kiosk's screen). */
    public static SignInSource of(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return new SignInSource("unknown");
        }
        String address = remoteAddress.strip().toLowerCase(Locale.ROOT);
        if (address.startsWith("127.")
                || address.equals("::1")
                || address.equals("0:0:0:0:0:0:0:1")
                || address.startsWith("::ffff:127.")) {
            return KIOSK_SCREEN;
        }
        return new SignInSource(address);
    }

    public boolean kioskScreen() {
        return this.equals(KIOSK_SCREEN);
    }

    /** For staff: "the kiosk's own screen" or "the computer at 192.168.1.20". */
    public String describe() {
        return kioskScreen() ? "the kiosk's own screen" : "the computer at " + address;
    }
}
