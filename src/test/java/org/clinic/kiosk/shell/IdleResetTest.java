package org.clinic.kiosk.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.clinic.kiosk.MutableClock;
import org.junit.jupiter.api.Test;

class IdleResetTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final IdleReset idle = new IdleReset(clock, Duration.ofSeconds(90), Duration.ofSeconds(20));

    @Test
    void activeUntilTheIdleTimeHasPassed() {
        clock.advance(Duration.ofSeconds(89));
        assertEquals(new IdleReset.Active(), idle.check());
    }

    @Test
    void warnsWithTheSecondsLeftThenExpires() {
        clock.advance(Duration.ofSeconds(90));
        assertEquals(new IdleReset.Warning(20), idle.check());
        clock.advance(Duration.ofMillis(500));
        assertEquals(new IdleReset.Warning(20), idle.check());
        clock.advance(Duration.ofMillis(18_500));
        assertEquals(new IdleReset.Warning(1), idle.check());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(new IdleReset.Expired(), idle.check());
    }

    @Test
    void activityStartsTheWaitAgain() {
        clock.advance(Duration.ofSeconds(100));
        idle.activity();
        clock.advance(Duration.ofSeconds(60));
        assertEquals(new IdleReset.Active(), idle.check());
    }
}
