package org.clinic.kiosk.voice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.clinic.kiosk.voice.recognition.Transcript;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Lets a browser test play the microphone of the newest kiosk screen on the server (what it heard,
 * its state), for screens that need a spoken question before the real capture can be used in a
 * test. Import it in a browser test; it only watches which screens open.
 */
@TestConfiguration
public class MicrophoneHook {

    private static final List<UI> SCREENS = new CopyOnWriteArrayList<>();

    @Bean
    VaadinServiceInitListener rememberKioskScreens() {
        return event -> event.getSource().addUIInitListener(e -> SCREENS.add(e.getUI()));
    }

    /** The newest screen's microphone heard these words (a whole question). */
    public static void heard(String words) {
        onMicrophone(m -> m.deliverHeard(new Transcript(words)));
    }

    /** The newest screen's microphone heard these words best, and these as the recognizer's other alternatives. */
    public static void heard(String words, java.util.List<String> alternatives) {
        onMicrophone(m -> m.deliverHeard(new Transcript(words, alternatives)));
    }

    /** The newest screen's microphone is now in this state. */
    public static void state(Microphone.State state) {
        onMicrophone(m -> m.deliverState(state));
    }

    private static void onMicrophone(Consumer<Microphone> action) {
        UI ui = SCREENS.getLast();
        ui.accessSynchronously(() -> find(ui).ifPresentOrElse(action, () -> {
            throw new IllegalStateException("no microphone on the newest screen");
        }));
    }

    private static Optional<Microphone> find(Component root) {
        return Stream.concat(Stream.of(root), descendants(root))
                .filter(Microphone.class::isInstance)
                .map(Microphone.class::cast)
                .findFirst();
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(c -> Stream.concat(Stream.of(c), descendants(c)));
    }
}
