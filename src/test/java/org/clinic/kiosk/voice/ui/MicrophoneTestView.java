package org.clinic.kiosk.voice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.clinic.kiosk.voice.VoiceSettings;
import org.clinic.kiosk.voice.recognition.SpeechRecognizer;
import org.clinic.kiosk.voice.recognition.Vocabulary;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A test-only page holding a {@link Microphone} and buttons that call its public face (and one
 * that takes the microphone off the page, as when the kiosk's frame is replaced).
 */
@Route("test-microphone")
public class MicrophoneTestView extends Div {

    static final Vocabulary GRAMMAR = new Vocabulary(List.of("what is", "hospice care", "hospice", "go back", "[unk]"));

    public MicrophoneTestView(
            SpeechRecognizer recognizer, VoiceSettings settings, ObjectProvider<MicrophoneProbe> probe) {
        Microphone microphone = new Microphone(recognizer, settings, () -> {});
        Span state = new Span("CLOSED");
        state.setId("test-state");
        Span words = new Span();
        words.setId("test-words");
        microphone.addListener(new Microphone.Listener() {
            @Override
            public void stateChanged(Microphone.State s) {
                state.setText(s.name());
            }

            @Override
            public void heard(org.clinic.kiosk.voice.recognition.Transcript heard) {
                words.setText(heard.text());
            }
        });
        MicrophoneProbe p = probe.getIfAvailable();
        if (p != null) {
            microphone.addListener(p);
        }
        NativeButton listen = new NativeButton("Listen", e -> microphone.listen(GRAMMAR));
        listen.setId("test-listen");
        NativeButton ignore = new NativeButton("Ignore", e -> microphone.ignore());
        ignore.setId("test-ignore");
        NativeButton close = new NativeButton("Close", e -> microphone.close());
        close.setId("test-close");
        NativeButton remove = new NativeButton("Remove", e -> remove(microphone));
        remove.setId("test-remove");
        add(new H1("Microphone test"), microphone, listen, ignore, close, remove, state, words);
    }
}
