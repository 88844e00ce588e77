package org.clinic.kiosk.shell;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.Duration;

/**
 * The kiosk frame's idle reset: after a while without a touch, "Are you still there?" with a
 * countdown (said aloud too when the patient has been listening), then the visit is forgotten for
 * the next patient. A screen with a lot to read (a topic) allows longer, in step with its length;
 * short screens (welcome, the lists of topics) keep the clinic's idle time; each sentence heard
 * to its end while reading aloud counts as the patient still being there.
 */
final class IdleWatch {

    /** A slow reader's pace: a screen gets at least as long as reading all of it takes at this pace. */
    static final int WORDS_PER_MINUTE = 100;
    /** A long screen gets at most this many times the clinic's idle time. */
    static final int LONGEST = 4;

    private final IdleReset idleReset;
    private final IdleWarningPanel warning;
    private final ReadAloud reader;
    private final Runnable expired;
    private final Duration shortest;

    IdleWatch(Clock clock, KioskSettings settings, ReadAloud reader, Runnable expired, Runnable finished) {
        this.idleReset = new IdleReset(clock, settings.idleAfter(), settings.warningFor());
        this.warning = new IdleWarningPanel(this::activity, finished);
        this.reader = reader;
        this.expired = expired;
        this.shortest = settings.idleAfter();
    }

    /** The idle time for a screen that says this much: its reading time, between the clinic's time and 4 times it. */
    static Duration idleFor(SpeechScript script, Duration shortest) {
        long words = script.lines().stream()
                .mapToLong(line -> line.text().split("\\s+").length)
                .sum();
        Duration reading = Duration.ofSeconds(words * 60 / WORDS_PER_MINUTE);
        Duration longest = shortest.multipliedBy(LONGEST);
        return reading.compareTo(shortest) < 0 ? shortest : reading.compareTo(longest) > 0 ? longest : reading;
    }

    /** A new screen: the idle time fits its length. */
    void screenShown(SpeechScript script) {
        idleReset.idleAfter(idleFor(script, shortest));
    }

    /** The warning, as placed in the frame. */
    Component warning() {
        return warning;
    }

    /** A touch, key press, navigation or understood word: the patient is still here. */
    void activity() {
        idleReset.activity();
        if (warning.isVisible()) {
            warning.hide();
            reader.perform(ReaderAction.STOP);
        }
    }

    /** Once a second: warn (not on the welcome screen, which has nothing private), count down or reset. */
    void check(boolean onWelcome) {
        switch (idleReset.check()) {
            case IdleReset.Active a -> warning.hide();
            case IdleReset.Warning w -> {
                if (!onWelcome) {
                    boolean first = !warning.isVisible();
                    warning.show(w.secondsLeft());
                    if (first && reader.usedThisVisit()) {
                        // someone listening hears the question too
                        reader.announce(warning.speechScript());
                    }
                }
            }
            case IdleReset.Expired x -> expired.run();
        }
    }
}
