package org.clinic.kiosk.speech.ui;

import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.shell.SpeechScript;
import org.clinic.kiosk.speech.SpeechException;
import org.clinic.kiosk.speech.SpeechOutput;
import org.clinic.kiosk.speech.SpeechRate;
import org.clinic.kiosk.speech.SpeechVolume;
import org.clinic.kiosk.speech.SpokenAudio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the read-aloud bar is doing, without any Vaadin: the script being read, the place in it,
 * playing, paused or stopped, the speed and loudness, and what to tell the patient. The sound
 * itself goes to a {@link Player}.
 */
final class Reading {

    private static final Logger LOG = LoggerFactory.getLogger(Reading.class);
    static final String FAILED = "Sorry, the reading voice is not working just now. You can still read the screen.";
    static final String NOTHING = "There is nothing to read on this screen.";
    static final String FINISHED = "Finished reading. Touch Listen to hear it all again.";
    /** How many sentences to make in the background ahead of the one playing. */
    private static final int AHEAD = 2;

    enum State {
        STOPPED,
        PLAYING,
        PAUSED
    }

    /** Where the sound goes. */
    interface Player {
        /** Plays this sound from its start, lighting up the element with this id (none if null). */
        void play(SpokenAudio sound, SpeechVolume volume, String highlightId);

        void pause();

        void resume();

        /** No sound, nothing lit up. */
        void silence();
    }

    private final SpeechOutput speech;
    private final SpeechRate defaultRate;
    private final SpeechVolume defaultVolume;
    private final Player player;
    private List<SpeechScript.Line> lines = List.of();
    private int index;
    /**
     * Reading came to the end by itself: the place stays on the last sentence said, so Say again
     * repeats it and Back one goes to the one before (ADA 707.5: speech is repeatable).
     */
    private boolean finished;
    /** The last line actually played (-1 if none yet), where a finished reading keeps its place. */
    private int lastSaid = -1;

    private State state = State.STOPPED;
    private SpeechRate rate;
    private SpeechVolume volume;
    private String message = "";

    Reading(SpeechOutput speech, SpeechRate defaultRate, SpeechVolume defaultVolume, Player player) {
        this.speech = speech;
        this.defaultRate = defaultRate;
        this.defaultVolume = defaultVolume;
        this.player = player;
        this.rate = defaultRate;
        this.volume = defaultVolume;
    }

    /** Reads the script from its start, in place of anything playing: the new request wins. */
    void read(SpeechScript script) {
        lines = script.lines();
        index = 0;
        lastSaid = -1;
        finished = false;
        message = "";
        if (lines.isEmpty()) {
            stop();
            message = NOTHING;
            return;
        }
        playLine();
    }

    /** Plays line {@code index} (skipping lines with nothing sayable) and prepares the next ones. */
    private void playLine() {
        while (index < lines.size()) {
            SpeechScript.Line line = lines.get(index);
            SpokenAudio sound;
            try {
                sound = speech.speak(line.text(), rate).orElse(null);
            } catch (SpeechException | IllegalArgumentException e) {
                LOG.warn("Read aloud failed: {}", e.toString());
                failed();
                return;
            }
            if (sound != null) {
                player.play(sound, volume, line.highlightId());
                state = State.PLAYING;
                finished = false;
                lastSaid = index;
                List<String> ahead = new ArrayList<>();
                for (int i = index + 1; i < Math.min(lines.size(), index + 1 + AHEAD); i++) {
                    ahead.add(lines.get(i).text());
                }
                speech.prepareAhead(ahead, rate);
                return;
            }
            index++;
        }
        player.silence();
        state = State.STOPPED;
        message = FINISHED;
        finished = lastSaid >= 0;
        index = Math.max(0, lastSaid);
    }

    /** The sentence playing has ended: on to the next. */
    void sentenceEnded() {
        if (state == State.PLAYING) {
            index++;
            playLine();
        }
    }

    /** The sound could not be played or made. */
    void failed() {
        stop();
        message = FAILED;
    }

    void togglePause() {
        if (state == State.PLAYING) {
            player.pause();
            state = State.PAUSED;
        } else if (state == State.PAUSED) {
            player.resume();
            state = State.PLAYING;
        }
    }

    /** Silence; the place is forgotten. */
    void stop() {
        if (state != State.STOPPED) {
            message = "Stopped.";
        }
        player.silence();
        state = State.STOPPED;
        finished = false;
    }

    /** Says the current sentence again, also once the reading has finished. */
    void repeat() {
        if (hasPlace()) {
            playLine();
        }
    }

    /** Goes back one sentence and reads on from there, also once the reading has finished. */
    void previous() {
        if (hasPlace()) {
            index = Math.max(0, index - 1);
            playLine();
        }
    }

    /** Whether there is a sentence to say again: reading, paused, or finished by itself. */
    boolean hasPlace() {
        return state != State.STOPPED || finished;
    }

    void slower() {
        rate = rate.slower();
        restartLine();
    }

    void faster() {
        rate = rate.faster();
        restartLine();
    }

    void quieter() {
        volume = volume.quieter();
        restartLine();
    }

    void louder() {
        volume = volume.louder();
        restartLine();
    }

    /** A new speed or loudness is heard at once: the sentence being read starts again with it. */
    private void restartLine() {
        if (state == State.PLAYING) {
            playLine();
        }
    }

    /** A new patient: silence, the default speed and loudness, no message. */
    void reset() {
        stop();
        rate = defaultRate;
        volume = defaultVolume;
        message = "";
    }

    /** Forgets the message (a new screen). */
    void clearMessage() {
        message = "";
    }

    /** The state in words, as the bar shows it. */
    String status() {
        return switch (state) {
            case PLAYING -> part().map(name -> "Now reading: " + name).orElse("Now reading this screen.");
            case PAUSED -> "Paused. Touch Carry on to go on.";
            case STOPPED -> message.isEmpty() ? "Touch Listen to hear this screen." : message;
        };
    }

    /** The plain name of the part of the screen being read, when the screen names its parts. */
    java.util.Optional<String> part() {
        if (index >= lines.size()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(lines.get(index).part());
    }

    boolean failedLast() {
        return state == State.STOPPED && FAILED.equals(message);
    }

    State state() {
        return state;
    }

    SpeechRate rate() {
        return rate;
    }

    SpeechVolume volume() {
        return volume;
    }

    int lineIndex() {
        return index;
    }
}
