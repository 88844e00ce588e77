package org.clinic.kiosk.staff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clinic.kiosk.usage.UsageHealth;
import org.clinic.kiosk.voice.recognition.EngineChoice;
import org.clinic.kiosk.voice.recognition.RecognizerStatus;
import org.junit.jupiter.api.Test;

/** What the health panel tells staff about voice input, built from a recognizer's status. */
class HealthPanelTest {

    private static final UsageHealth USAGE =
            new UsageHealth(Path.of("data/usage.db"), 0, Optional.empty(), 0, List.of());

    private static HealthPanel panel(RecognizerStatus status) {
        return new HealthPanel(
                USAGE,
                new EngineChoice(EngineChoice.VOSK, "kiosk.voice.engine is vosk."),
                status,
                Optional.empty(),
                "test",
                Duration.ZERO,
                List.of(),
                ZoneOffset.UTC);
    }

    private static Optional<String> cell(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root.getElement().getTextRecursively());
        }
        return root.getChildren()
                .map(c -> cell(c, id))
                .flatMap(Optional::stream)
                .findFirst()
                .or(() -> root.getElement()
                        .getChildren()
                        .filter(e -> e.getAttribute("id") != null
                                && e.getAttribute("id").equals(id))
                        .map(e -> e.getTextRecursively())
                        .findFirst());
    }

    @Test
    void wordsTheModelDoesNotKnowAndWhyHandsFreeIsOffAreListed() {
        String why = "Hands-free listening is off: the speech model does not know “kiosk” in the wake phrase";
        HealthPanel panel = panel(new RecognizerStatus(
                true, "m", "Speech model m loaded.", List.of("oncotype", "xeloda"), Optional.of(why)));
        assertEquals(Optional.of("On. Speech model m loaded."), cell(panel, "health-speech-model"));
        assertEquals(Optional.of("oncotype, xeloda"), cell(panel, "health-unknown-words"));
        assertEquals(Optional.of(why), cell(panel, "health-hands-free"));
    }

    @Test
    void withNothingToSayThoseRowsAreNotShown() {
        HealthPanel panel = panel(RecognizerStatus.ready("m", "Speech model m loaded."));
        assertTrue(cell(panel, "health-unknown-words").isEmpty());
        assertTrue(cell(panel, "health-hands-free").isEmpty());
    }
}
