package org.clinic.kiosk.cli;

/** One line of {@code doctor}'s report: how it stands and what to know or do, in plain words. */
record Finding(Level level, String text) {

    enum Level {
        /** Works. */
        OK("ok"),
        /** Worth knowing for staff; a patient notices nothing. */
        NOTE("note"),
        /** A patient would notice: the screen, the sound, the microphone. */
        PROBLEM("PROBLEM");

        private final String label;

        Level(String label) {
            this.label = label;
        }
    }

    static Finding ok(String text) {
        return new Finding(Level.OK, text);
    }

    static Finding note(String text) {
        return new Finding(Level.NOTE, text);
    }

    static Finding problem(String text) {
        return new Finding(Level.PROBLEM, text);
    }

    /** {@code "  ok       The kiosk answers ..."}: the level in a column of its own, then the text. */
    String line() {
        return "  %-8s %s".formatted(level.label, text);
    }
}
