package org.clinic.kiosk.voice.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.clinic.kiosk.voice.audio.Endpointer.Decision;
import org.junit.jupiter.api.Test;

class EndpointerTest {

    private static final int RATE = 16_000;
    private static final double QUIET_NOISE = 0.002; // about -54 dBFS, a quiet room
    private static final double VOICE = 0.1; // about -23 dBFS

    private final Endpointer endpointer =
            new Endpointer(Duration.ofMillis(600), Duration.ofSeconds(8), Duration.ofSeconds(15));

    /** Feeds {@code audio} in 100 ms chunks; returns the sample index where a decision fell, or -1. */
    private record Outcome(Decision decision, long at) {}

    private Outcome feed(float[] audio) {
        short[] samples = Sound.shorts(audio);
        int chunk = 1_600;
        for (int at = 0; at < samples.length; at += chunk) {
            int len = Math.min(chunk, samples.length - at);
            short[] part = java.util.Arrays.copyOfRange(samples, at, at + len);
            Endpointer.Result r = endpointer.accept(part, len);
            if (r.decision() != Decision.CONTINUE) {
                return new Outcome(r.decision(), at + r.used());
            }
        }
        return new Outcome(Decision.CONTINUE, -1);
    }

    private static float[] voice(double seconds, long seed) {
        return Sound.add(Sound.tone(220, VOICE, seconds, RATE), Sound.noise(QUIET_NOISE, seconds, RATE, seed));
    }

    private static float[] room(double seconds, long seed) {
        return Sound.noise(QUIET_NOISE, seconds, RATE, seed);
    }

    @Test
    void aQuestionEndsSixHundredMillisecondsAfterTheSpeech() {
        Outcome o = feed(Sound.join(room(0.5, 1), voice(1.2, 2), room(3, 3)));

        assertThat(o.decision()).isEqualTo(Decision.SPEECH_ENDED);
        long speechEnd = (long) (1.7 * RATE);
        assertThat(o.at()).isBetween(speechEnd + 9_600, speechEnd + 9_600 + 2 * Endpointer.FRAME);
        assertThat(endpointer.speechSamples()).isBetween((long) (1.2 * RATE) - 960, (long) (1.2 * RATE) + 640);
    }

    @Test
    void aShortPauseBetweenWordsDoesNotEndTheQuestion() {
        Outcome o = feed(Sound.join(room(0.3, 1), voice(0.5, 2), room(0.4, 3), voice(0.5, 4), room(2, 5)));

        assertThat(o.decision()).isEqualTo(Decision.SPEECH_ENDED);
        long secondWordEnd = (long) (1.7 * RATE);
        assertThat(o.at()).isGreaterThanOrEqualTo(secondWordEnd + 9_600);
    }

    @Test
    void nobodySpeakingIsNothingHeardAtTheTimeout() {
        Outcome o = feed(room(10, 7));

        assertThat(o.decision()).isEqualTo(Decision.NO_SPEECH);
        assertThat(o.at()).isEqualTo(8L * RATE);
        assertThat(endpointer.speechSeen()).isFalse();
    }

    @Test
    void aClickIsNotSpeech() {
        float[] click = Sound.join(room(1, 1), Sound.tone(1000, 0.5, 0.02, RATE), room(9, 2));
        Outcome o = feed(click);
        assertThat(o.decision()).isEqualTo(Decision.NO_SPEECH);
    }

    @Test
    void aSteadyLouderNoiseIsLearnedAsTheRoomNotSpeech() {
        // a fan 10 dB above the first frame's level: heard as sound at first, then the floor follows it
        float[] fan = Sound.join(room(0.2, 1), Sound.noise(0.02, 20, RATE, 2));
        Outcome o = feed(fan);
        assertThat(o.decision()).isNotEqualTo(Decision.CONTINUE);
        // then speech well above the fan still ends a question
        Endpointer fresh = new Endpointer(Duration.ofMillis(600), Duration.ofSeconds(8), Duration.ofSeconds(15));
        short[] s = Sound.shorts(Sound.join(
                Sound.noise(0.02, 1, RATE, 3),
                Sound.add(Sound.tone(220, 0.3, 1, RATE), Sound.noise(0.02, 1, RATE, 4)),
                Sound.noise(0.02, 2, RATE, 5)));
        assertThat(fresh.accept(s, s.length).decision()).isEqualTo(Decision.SPEECH_ENDED);
    }

    @Test
    void endlessSpeechIsCutAtTheLongestQuestion() {
        Outcome o = feed(Sound.join(room(0.5, 8), voice(20, 9)));

        assertThat(o.decision()).isEqualTo(Decision.MAX_LENGTH);
        assertThat(o.at()).isEqualTo(15L * RATE);
    }

    @Test
    void theDecisionStaysOnceMade() {
        feed(room(9, 1));
        short[] more = Sound.shorts(voice(1, 2));
        Endpointer.Result r = endpointer.accept(more, more.length);
        assertThat(r.decision()).isEqualTo(Decision.NO_SPEECH);
        assertThat(r.used()).isZero();
    }

    @Test
    void digitalSilenceHasAVeryLowLevel() {
        assertThat(Endpointer.levelDb(new short[Endpointer.FRAME])).isLessThan(-100);
        short[] full = new short[Endpointer.FRAME];
        java.util.Arrays.fill(full, Short.MAX_VALUE);
        assertThat(Endpointer.levelDb(full)).isCloseTo(0, org.assertj.core.api.Assertions.within(0.01));
    }
}
