package org.clinic.kiosk.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows how much of a download has arrived: on a terminal, a bar redrawn in place at each
 * percent ({@code [#########-----------]  45%  18.5 of 41.2 MB}); elsewhere (a log, a pipe), a
 * line at each tenth.
 */
final class DownloadProgress {

    static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean bar;
    private final long total;
    private int shown = -1;

    /**
     * @param bar   redraw one line in place (only where the output is a terminal)
     * @param total the download's size in bytes
     */
    DownloadProgress(PrintStream out, boolean bar, long total) {
        this.out = out;
        this.bar = bar;
        this.total = total;
    }

    /** {@code received} bytes of {@link #total} have arrived. */
    void arrived(long received) {
        int percent = (int) Math.min(100, received * 100 / total);
        if (bar && percent > shown) {
            out.print("\r" + bar(received, total));
            out.flush();
            shown = percent;
        } else if (!bar && percent / 10 > shown / 10) {
            out.printf(Locale.ROOT, "  %.1f of %.1f MB (%d%%)%n", received / 1_000_000.0, total / 1_000_000.0, percent);
            shown = percent;
        }
    }

    /** The download ended (whole or not): the bar's line is closed. */
    void done() {
        if (bar && shown >= 0) {
            out.println();
            shown = -1;
        }
    }

    /** The bar for {@code received} of {@code total} bytes. */
    static String bar(long received, long total) {
        int percent = (int) Math.min(100, received * 100 / total);
        int filled = (int) Math.min(WIDTH, received * WIDTH / total);
        return String.format(
                Locale.ROOT,
                "  [%s%s] %3d%%  %.1f of %.1f MB",
                "#".repeat(filled),
                "-".repeat(WIDTH - filled),
                percent,
                received / 1_000_000.0,
                total / 1_000_000.0);
    }
}
