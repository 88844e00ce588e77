package org.clinic.kiosk.voice.audio;

import java.time.Duration;

/**
 * Decides, from the loudness of 20 ms frames of 16 kHz audio, when one spoken question has ended:
 * after {@code endSilence} of quiet that follows speech, after {@code noSpeechTimeout} without
 * any speech ("nothing heard"), or at {@code maxUtterance} (cut). The line between speech and
 * quiet follows the room: a noise floor that starts at the first frame's level, falls at once to a
 * quieter frame and rises slowly (5 dB a second in quiet, 1 dB a second in sound), and speech must be 12 dB above that floor (and above -50 dBFS).
 * A frame counts as speech only once three loud frames came in a row, so a click is not a word.
 *
 * <p>Deterministic and stateful: one per question, not thread-safe.
 */
final class Endpointer {

    static final int FRAME = 320; // 20 ms at 16 kHz

    private static final double ABSOLUTE_FLOOR_DB = -50;
    private static final double SPEECH_ABOVE_FLOOR_DB = 12;
    private static final double FLOOR_RISE_DB_PER_FRAME = 0.1;
    private static final double FLOOR_RISE_IN_SOUND_DB_PER_FRAME = 0.02;
    private static final double INITIAL_FLOOR_DB = -70;
    private static final int ONSET_FRAMES = 3;

    /** What the endpointer decided after some samples. */
    enum Decision {
        /** The question goes on. */
        CONTINUE,
        /** Speech was followed by enough quiet: the question is over. */
        SPEECH_ENDED,
        /** Nobody spoke before the timeout. */
        NO_SPEECH,
        /** The question reached its longest allowed length: cut here. */
        MAX_LENGTH
    }

    /** A decision and how many of the samples given belong to the question (the rest come after it). */
    record Result(Decision decision, int used) {}

    private final long endSilenceFrames;
    private final long noSpeechFrames;
    private final long maxFrames;

    private final short[] pending = new short[FRAME];
    private int pendingLength;
    private long frames;
    private double floorDb = INITIAL_FLOOR_DB;
    private int loudRun;
    private boolean speechSeen;
    private long quietRun;
    private long firstSpeechFrame = -1;
    private long lastSpeechFrame = -1;
    private Decision decided = Decision.CONTINUE;

    Endpointer(Duration endSilence, Duration noSpeechTimeout, Duration maxUtterance) {
        this.endSilenceFrames = framesOf(endSilence);
        this.noSpeechFrames = framesOf(noSpeechTimeout);
        this.maxFrames = framesOf(maxUtterance);
    }

    private static long framesOf(Duration duration) {
        return Math.max(1, (duration.toMillis() * 16 + FRAME - 1) / FRAME);
    }

    /** Takes {@code length} samples; once a decision other than CONTINUE is made, it stays. */
    Result accept(short[] samples, int length) {
        if (decided != Decision.CONTINUE) {
            return new Result(decided, 0);
        }
        int i = 0;
        while (i < length) {
            int take = Math.min(FRAME - pendingLength, length - i);
            System.arraycopy(samples, i, pending, pendingLength, take);
            pendingLength += take;
            i += take;
            if (pendingLength == FRAME) {
                pendingLength = 0;
                Decision d = frame(pending);
                if (d != Decision.CONTINUE) {
                    decided = d;
                    return new Result(d, i);
                }
            }
        }
        return new Result(Decision.CONTINUE, length);
    }

    private Decision frame(short[] frame) {
        frames++;
        double db = levelDb(frame);
        boolean loud = db > Math.max(ABSOLUTE_FLOOR_DB, floorDb + SPEECH_ABOVE_FLOOR_DB);
        loudRun = loud ? loudRun + 1 : 0;
        boolean speech = loudRun >= ONSET_FRAMES;
        if (frames == 1 || db < floorDb) {
            floorDb = db;
        } else {
            // rises slowly in quiet, far more slowly in sound, so a steady noise stops counting as speech
            floorDb = Math.min(db, floorDb + (loud ? FLOOR_RISE_IN_SOUND_DB_PER_FRAME : FLOOR_RISE_DB_PER_FRAME));
        }
        if (speech) {
            if (!speechSeen) {
                firstSpeechFrame = frames - ONSET_FRAMES;
            }
            speechSeen = true;
            quietRun = 0;
            lastSpeechFrame = frames;
        } else if (!loud) {
            quietRun++;
        }
        if (speechSeen && quietRun >= endSilenceFrames) {
            return Decision.SPEECH_ENDED;
        }
        if (!speechSeen && frames >= noSpeechFrames) {
            return Decision.NO_SPEECH;
        }
        if (frames >= maxFrames) {
            return Decision.MAX_LENGTH;
        }
        return Decision.CONTINUE;
    }

    static double levelDb(short[] frame) {
        double sum = 0;
        for (short s : frame) {
            sum += (double) s * s;
        }
        double rms = Math.sqrt(sum / frame.length) / 32768.0;
        return rms <= 1e-9 ? -180 : 20 * Math.log10(rms);
    }

    boolean speechSeen() {
        return speechSeen;
    }

    /** Samples from the first speech frame to the end of the last one, or 0 when none. */
    long speechSamples() {
        return speechSeen ? (lastSpeechFrame - firstSpeechFrame) * FRAME : 0;
    }
}
