package org.clinic.kiosk.voice.ui;

import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.voice.recognition.Transcript;

/** What a {@link Microphone}'s listeners were told on the server, in order, for a test to read. */
public final class MicrophoneProbe implements Microphone.Listener {

    private final List<String> told = new ArrayList<>();

    public synchronized List<String> told() {
        return List.copyOf(told);
    }

    public synchronized void clear() {
        told.clear();
    }

    @Override
    public synchronized void partial(Transcript heard) {
        told.add("partial:" + heard.text());
    }

    @Override
    public synchronized void heard(Transcript heard) {
        told.add("heard:" + heard.text());
    }

    @Override
    public synchronized void nothingHeard() {
        told.add("nothing");
    }

    @Override
    public synchronized void stateChanged(Microphone.State state) {
        told.add("state:" + state);
    }
}
