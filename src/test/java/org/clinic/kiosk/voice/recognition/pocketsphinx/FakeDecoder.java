package org.clinic.kiosk.voice.recognition.pocketsphinx;

import java.util.ArrayList;
import java.util.List;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer.RecognizerException;

/**
 * A decoder for guard and pool tests: it records what was called and refuses what the real engine
 * cannot do (feeding without a started utterance, anything after free), so a test sees a misuse
 * as a failure instead of a crash.
 */
final class FakeDecoder implements Decoder {

    final List<String> calls = new ArrayList<>();
    String hypothesis = "tell me about hospice";
    List<String> alternatives = List.of("tell me about hospice", "tell me about hospice care");
    boolean failOnProcess;
    private boolean started;
    private boolean freed;

    @Override
    public void start() {
        check();
        if (started) {
            throw new RecognizerException("already started");
        }
        started = true;
        calls.add("start");
    }

    @Override
    public String process(short[] samples, int length) {
        check();
        if (!started) {
            throw new RecognizerException("not started");
        }
        calls.add("process " + length);
        if (failOnProcess) {
            throw new RecognizerException("the speech engine failed on the audio");
        }
        return hypothesis;
    }

    @Override
    public String end() {
        check();
        if (!started) {
            throw new RecognizerException("not started");
        }
        started = false;
        calls.add("end");
        return hypothesis;
    }

    @Override
    public List<String> alternatives(int max) {
        check();
        calls.add("alternatives " + max);
        return alternatives;
    }

    @Override
    public void free() {
        check();
        freed = true;
        calls.add("free");
    }

    boolean freed() {
        return freed;
    }

    private void check() {
        if (freed) {
            throw new AssertionError("a freed decoder was used: the real engine would crash here");
        }
    }
}
