package org.clinic.kiosk.usage;

import java.util.regex.Pattern;

/** Ids in events are short lower-case tokens, so free text (a question, a name) can never slip in. */
final class EventIds {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private EventIds() {}

    static void require(String value, String name) {
        if (value == null || !ID.matcher(value).matches()) {
            // the value is not repeated: it may be free text that must not reach a log
            throw new IllegalArgumentException(name + " must be a short lower-case id");
        }
    }
}
