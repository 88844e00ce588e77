package org.clinic.kiosk.speech;

import java.util.ArrayList;
import java.util.List;

/** A voice that makes 10 ms of silence per character and remembers what it was asked to say. */
final class FakeSynthesizer implements SpeechSynthesizer {

    final List<String> said = new ArrayList<>();
    boolean broken;

    @Override
    public String voiceName() {
        return "fake";
    }

    @Override
    public synchronized SpokenAudio synthesize(String text, double rate) {
        if (broken) {
            throw new SpeechException("the fake voice is broken");
        }
        said.add(text);
        int frames = (int) (text.length() * 160 / rate);
        return new SpokenAudio(new PcmFormat(16000, 1), new byte[frames * 2]);
    }
}
