package org.clinic.kiosk.usage;

import java.security.SecureRandom;

/** A random number that groups one patient's events and is linked to nothing else. */
public record VisitId(long value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static VisitId random() {
        return new VisitId(RANDOM.nextLong() & Long.MAX_VALUE);
    }
}
